package org.minewatch.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.interfaces.PortalDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing in and out in a real browser, on the portal as built, with the demo data: what a mine manager
 * sees first, in English and in Spanish.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

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

    private void signIn(String user, String password) {
        Browser.signIn(browser, base, user, password);
    }

    private List<String> column(int index) {
        return browser.findElements(By.cssSelector("#figures\\:table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(index).getText().trim()).toList();
    }

    @Test
    void a_mine_manager_signs_in_sees_only_their_mine_filters_a_period_and_signs_out() throws Exception {
        browser = Browser.start("en");
        signIn("manager.caylloma", "minewatch");

        // a manager lands on their mine's dashboard; every figure they may read is one click away
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:heading")));
        assertThat(browser.findElements(By.id("navGuidance"))).isEmpty();
        assertThat(browser.findElements(By.id("navImport"))).isEmpty();
        browser.findElement(By.id("navFigures")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("figures:table")));
        assertThat(browser.findElement(By.id("caller")).getText()).isEqualTo("manager.caylloma");
        assertThat(browser.findElement(By.id("demoBanner")).getText()).contains("Demo data");
        assertThat(column(0)).isNotEmpty().containsOnly("Caylloma");

        Browser.guardAjax(browser, By.cssSelector("#figures\\:table tbody"), () -> Browser.choose(browser, "figures:period", "2011-Q3"));
        assertThat(column(1)).hasSize(14).containsOnly("2011-Q3");
        assertThat(column(4)).contains("559,959", "0.35", "115,574");
        Browser.screenshot(browser, "figures-manager");

        // the export holds what the page holds: the quarter's figures, of the manager's mine only
        java.nio.file.Files.deleteIfExists(Browser.DOWNLOADS.resolve("production-figures.csv"));
        browser.findElement(By.id("figures:exportCsv")).click();
        String csv = Browser.downloaded(browser, "production-figures.csv");
        assertThat(csv.lines().skip(1)).hasSize(14).allMatch(line -> line.startsWith("\"Caylloma\",\"2011-Q3\""));
        assertThat(csv).contains("\"559959\"").doesNotContain("San Jose");

        browser.findElement(By.id("session:logout")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        browser.get(base.toString());
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertThat(browser.findElements(By.id("figures:table"))).isEmpty();
    }

    @Test
    void an_executive_sees_2011_gold_guidance_flagged_and_silver_not_a_likely_miss() {
        browser = Browser.start("en");
        signIn("executive", "minewatch");
        // an executive lands on guidance compliance, for the latest year with guidance
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("guidance:table")));
        assertThat(browser.getCurrentUrl()).endsWith("/guidance.xhtml");
        Browser.guardAjax(browser, By.cssSelector("#guidance\\:table tbody"), () -> Browser.choose(browser, "guidance:year", "2011"));
        Browser.guardAjax(browser, By.cssSelector("#guidance\\:table tbody"), () -> Browser.choose(browser, "guidance:asOf", "2011-Q3"));

        List<WebElement> rows = browser.findElements(By.cssSelector("#guidance\\:table tbody tr"));
        WebElement gold = rows.stream().filter(r -> Browser.cell(r, 0).equals("Fortuna Silver Mines") && Browser.cell(r, 1).equals("AU")).findFirst().orElseThrow();
        WebElement silver = rows.stream().filter(r -> Browser.cell(r, 0).equals("Fortuna Silver Mines") && Browser.cell(r, 1).equals("AG")).findFirst().orElseThrow();
        assertThat(Browser.cell(gold, 7)).isIn("At risk", "Likely miss");
        assertThat(Browser.cell(gold, 6)).isEqualTo("4,668 = 2.88x");
        assertThat(Browser.cell(silver, 7)).isNotIn("Likely miss", "Missed");
        assertThat(browser.findElements(By.cssSelector("#guidance\\:complianceChart canvas"))).hasSize(1);
        Browser.screenshot(browser, "guidance-executive");

        // drill down: the mine ranking leads to a mine's dashboard for the same quarter
        WebElement sanJose = browser.findElements(By.cssSelector("#guidance\\:ranking tbody tr")).stream()
                .filter(r -> Browser.cell(r, 0).equals("Au") && Browser.cell(r, 1).equals("San Jose")).findFirst().orElseThrow();
        sanJose.findElement(By.tagName("a")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("dashboard:heading"), "San Jose · 2011-Q3"));
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_in_the_visitors_language() {
        browser = Browser.start("es");
        signIn("manager.caylloma", "wrong");
        WebElement message = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages .ui-messages-error")));
        assertThat(message.getText()).contains("Usuario desconocido o contraseña incorrecta");
        assertThat(browser.findElements(By.id("figures:table"))).isEmpty();
    }

    @Test
    void after_five_failed_sign_ins_the_page_says_to_wait() {
        browser = Browser.start("en");
        for (int i = 0; i < 5; i++) {
            signIn("guesser.form", "guess-" + i);
            assertThat(Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages .ui-messages-error")))
                    .getText()).contains("Unknown user or wrong password");
        }
        signIn("guesser.form", "guess-5");
        assertThat(Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages .ui-messages-error")))
                .getText()).contains("Too many failed sign-ins for this user: try again in 15 minutes");
    }
}
