package org.minewatch.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.interfaces.PortalDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page as the role it is for sees it, in English and in Spanish, on a laptop (1366 px), a tablet (820 px) and a
 * phone (390 px): written in the chosen language, with nothing wider than the screen (a wide table scrolls inside its
 * own box), and saved at 1366 and 390 px as the README's tour pictures ({@code tour-<page>-<language>-<width>.png}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageTourIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    private URL base;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browser.finish(browser);
        }
    }

    @ParameterizedTest(name = "{0} as {1} in {2}")
    @CsvSource({
            "login, , en", "login, , es",
            "dashboard, manager.caylloma, en", "dashboard, manager.caylloma, es",
            "guidance, executive, en", "guidance, executive, es",
            "alerts, executive, en", "alerts, executive, es",
            "figures, manager.caylloma, en", "figures, manager.caylloma, es",
            "import, admin, en", "import, admin, es",
            "admin/users, admin, en", "admin/users, admin, es",
            "admin/thresholds, admin, en", "admin/thresholds, admin, es",
            "admin/design-versions, admin, en", "admin/design-versions, admin, es",
            "admin/guidance-versions, admin, en", "admin/guidance-versions, admin, es",
            "admin/quarter-entry, admin, en", "admin/quarter-entry, admin, es"})
    void every_page_reads_in_its_language_and_fits_a_laptop_a_tablet_and_a_phone(String page, String user, String language) {
        browser = Browser.start(language);
        if (user != null) {
            Browser.signIn(browser, base, user, "minewatch");
            Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        }
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1366, 820, 390}) {
            browser.manage().window().setSize(new Dimension(width, width > 1000 ? 768 : width > 500 ? 1180 : 844));
            browser.get(base + page + ".xhtml");
            Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mw-content")));
            Browser.waitForAjax(browser);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("%s at %d px", page, width).isEqualTo(language);
            String wider = (String) ((JavascriptExecutor) browser).executeScript(
                    "var w = document.documentElement.clientWidth; if (document.documentElement.scrollWidth <= w) return '';"
                            // what sticks out and no scrolling box of its own clips
                            + " var clipped = e => { for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                            + "   var o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { return true; } } return false; };"
                            + " return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1 && !clipped(e))"
                            + ".slice(0, 6).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')"
                            + " + ' (page ' + document.documentElement.scrollWidth + ' px wide in ' + w + ')';");
            if (!wider.isEmpty()) {
                problems.add(width + " px: " + wider);
            }
            if (width != 820) {
                Browser.screenshot(browser, "tour-" + page.replace("admin/", "admin-") + "-" + language + "-" + width);
            }
        }
        assertThat(problems).as("elements wider than the screen on %s (%s)", page, language).isEmpty();
    }
}
