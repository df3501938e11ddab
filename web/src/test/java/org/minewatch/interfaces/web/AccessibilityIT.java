package org.minewatch.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minewatch.interfaces.PortalDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core (WCAG 2.1 A and AA rules) in headless Chromium on every page, signed in as each role, in English and
 * Spanish: no violation rated critical or serious. A limit of the component library that our pages cannot mend is
 * listed in {@link #LIBRARY_LIMITS} with the reason, and in the README's known issues.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    /** axe rule ids left to the component library, with why they cannot be mended in our pages. */
    static final Map<String, String> LIBRARY_LIMITS = Map.of();

    private static final Map<String, List<String>> PAGES = Map.of(
            "", List.of("login"),
            "manager.caylloma", List.of("dashboard", "alerts", "figures"),
            "executive", List.of("guidance", "dashboard", "alerts", "figures"),
            "admin", List.of("dashboard", "guidance", "alerts", "figures", "import", "admin/users", "admin/thresholds", "admin/design-versions",
                    "admin/guidance-versions", "admin/quarter-entry"));

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

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"'', en", "'', es", "manager.caylloma, en", "manager.caylloma, es", "executive, en", "executive, es", "admin, en", "admin, es"})
    void no_page_has_a_critical_or_serious_violation(String user, String language) {
        browser = Browser.start(language);
        if (!user.isEmpty()) {
            Browser.signIn(browser, base, user, "minewatch");
            Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        }
        List<String> found = new ArrayList<>();
        for (String page : PAGES.get(user)) {
            browser.get(base + page + ".xhtml");
            Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mw-content")));
            Browser.waitForAjax(browser);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
            for (Rule violation : results.getViolations()) {
                if (("critical".equals(violation.getImpact()) || "serious".equals(violation.getImpact())) && !LIBRARY_LIMITS.containsKey(violation.getId())) {
                    found.add(page + ": " + violation.getId() + " (" + violation.getImpact() + ", " + violation.getNodes().size() + " nodes: "
                            + violation.getNodes().stream().limit(4).map(CheckedNode::getTarget).map(String::valueOf).toList() + ")");
                }
            }
        }
        assertThat(found).as("critical and serious violations, %s in %s", user.isEmpty() ? "anonymous" : user, language).isEmpty();
    }
}
