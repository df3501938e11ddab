package org.minewatch.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
import org.minewatch.interfaces.rest.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A mine manager's dashboard in a real browser, with the demo data: landing on their mine, Caylloma's Q3
 * 2011 key figures against design and its alerts, acknowledging one; and no way into another mine's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MineDashboardIT {

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
            browser.quit();
        }
    }

    private WebElement tile(String measure, String metal) {
        return browser.findElements(By.cssSelector(".mw-kpi")).stream()
                .filter(t -> {
                    WebElement label = t.findElement(By.cssSelector(".mw-kpi-label"));
                    // Facelets leaves out an attribute whose value is empty: no data-metal on tonnes and tpd
                    String labelMetal = label.getAttribute("data-metal");
                    return measure.equals(label.getAttribute("data-measure")) && metal.equals(labelMetal == null ? "" : labelMetal);
                })
                .findFirst().orElseThrow(() -> new AssertionError("No tile " + measure + " " + metal));
    }

    private List<WebElement> alertRows() {
        return browser.findElements(By.cssSelector("#dashboard\\:alerts > .ui-datatable-tablewrapper > table > tbody > tr[data-ri]"));
    }

    @Test
    void a_manager_lands_on_caylloma_reviews_q3_2011_and_acknowledges_an_alert() {
        browser = Browser.start("en");
        Browser.signIn(browser, base, "manager.caylloma", "minewatch");

        // the landing page is the mine's latest quarter (2012-Q1 in the demo data, unless another test entered a later one)
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:heading")));
        assertThat(browser.findElement(By.id("dashboard:heading")).getText()).isEqualTo("Caylloma · " + latestQuarter("Caylloma"));

        Browser.choose(browser, "dashboard:quarter", "2011-Q3");
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("dashboard:heading"), "Caylloma · 2011-Q3"));
        assertThat(browser.getCurrentUrl()).contains("quarter=2011-Q3");

        // the seed's figures, against the illustrative design (1,270 tpd; Ag 86%)
        assertThat(tile("tonnes_milled", "").getText()).contains("115,574");
        assertThat(tile("tpd", "").getText()).contains("1,270").contains("100% of design 1,270 t/d");
        WebElement silverRecovery = tile("recovery", "AG");
        assertThat(silverRecovery.getText()).contains("81").contains("-5.0 pts vs design 86 %");
        assertThat(silverRecovery.getAttribute("class")).contains("mw-kpi-short");
        assertThat(tile("production", "AG").getText()).contains("559,959").contains("vs 2011-Q2").contains("vs 2010-Q3");
        assertThat(browser.findElement(By.id("dashboard:source")).getText()).contains("production release for Q3 2011");
        assertThat(browser.findElements(By.cssSelector("canvas"))).hasSizeGreaterThanOrEqualTo(4);

        // the quarter's open alert: Ag recovery 5 points short of design
        WebElement recovery = alertRows().stream().filter(r -> Browser.cell(r, 4).startsWith("Ag recovery 81% against 86% design")).findFirst()
                .orElseThrow();
        assertThat(Browser.cell(recovery, 1)).isEqualTo("Critical");
        assertThat(Browser.cell(recovery, 2)).isEqualTo("2011-Q3");
        Browser.screenshot(browser, "dashboard-manager");

        // at tablet width the page reflows: nothing is wider than the screen
        browser.manage().window().setSize(new Dimension(820, 1180));
        Browser.waiting(browser).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return window.innerWidth <= 820;"));
        // what sticks out of the page, if anything: elements whose right edge passes the page's width and that no scrolling box clips
        String wider = (String) ((JavascriptExecutor) browser).executeScript(
                "var w = document.documentElement.clientWidth; if (document.documentElement.scrollWidth <= w) return '';"
                        + " return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w)"
                        + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"
                        + " + ' (page ' + document.documentElement.scrollWidth + ' px wide in ' + w + ')';");
        assertThat(wider).as("elements wider than a tablet's screen").isEmpty();
        Browser.screenshot(browser, "dashboard-tablet");
        browser.manage().window().setSize(new Dimension(1440, 900));

        recovery.findElement(By.cssSelector("[id$=':acknowledge']")).click();
        WebElement comment = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:decisionComment")));
        comment.sendKeys("Pb circuit retuned in September; Ag in Pb concentrate under review");
        Browser.guardAjax(browser, By.cssSelector("#dashboard\\:alerts tbody"),
                () -> browser.findElement(By.id("dashboard:confirmAcknowledge")).click());

        WebElement acknowledged = alertRows().stream().filter(r -> Browser.cell(r, 4).startsWith("Ag recovery 81% against 86% design")).findFirst()
                .orElseThrow();
        assertThat(Browser.cell(acknowledged, 5)).isEqualTo("Acknowledged");
        assertThat(acknowledged.findElements(By.cssSelector("[id$=':acknowledge']"))).isEmpty();
        acknowledged.findElement(By.cssSelector(".ui-row-toggler")).click();
        WebElement history = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mw-evidence ol")));
        assertThat(history.getText()).contains("manager.caylloma").contains("Pb circuit retuned in September");
    }

    @Test
    void an_acknowledgement_without_a_comment_is_refused_and_changes_nothing() {
        browser = Browser.start("en");
        Browser.signIn(browser, base, "manager.caylloma", "minewatch");
        browser.get(base + "dashboard.xhtml?mine=" + mineId("Caylloma") + "&quarter=2012-Q1");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:alerts")));
        WebElement open = alertRows().stream().filter(r -> Browser.cell(r, 5).equals("Open")).findFirst().orElseThrow();
        open.findElement(By.cssSelector("[id$=':acknowledge']")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:decisionComment")));
        browser.findElement(By.id("dashboard:confirmAcknowledge")).click();
        WebElement message = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dashboard\\:decisionMessages .ui-messages-error")));
        assertThat(message.getText()).contains("A comment is required");
        assertThat(browser.findElement(By.id("dashboard:decisionDialog")).isDisplayed()).isTrue();
    }

    @Test
    void a_manager_cannot_open_another_mines_dashboard() {
        browser = Browser.start("en");
        Browser.signIn(browser, base, "manager.caylloma", "minewatch");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:heading")));

        // San Jose is not among the mines offered, and its address answers as if it did not exist
        assertThat(browser.findElements(By.cssSelector("#dashboard\\:mine_input option")))
                .extracting(option -> option.getAttribute("textContent")).containsExactly("Caylloma");
        browser.get(base + "dashboard.xhtml?mine=" + mineId("San Jose"));
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("not found");
        assertThat(browser.getPageSource()).doesNotContain("San Jose").doesNotContain("Exception");
        Browser.screenshot(browser, "dashboard-other-mine");

        // nor does the import page open for a mine manager
        browser.get(base + "import.xhtml");
        assertThat(browser.findElements(By.id("import:preview"))).isEmpty();
    }

    /** The latest quarter a mine reported, as the API gives it. */
    private String latestQuarter(String mine) {
        try {
            return ApiClient.as(base, "executive", "minewatch").getArray("/api/observations?mine=" + mine)
                    .getValuesAs(JsonObject.class).stream().map(o -> o.getString("period")).filter(p -> p.matches("\\d{4}-Q\\d"))
                    .max(String::compareTo).orElseThrow();
        } catch (Exception e) {
            throw new AssertionError("Figures not readable through the API", e);
        }
    }

    /** A mine's id as the API gives it to an executive: ids are the database's, not known in advance. */
    private long mineId(String name) {
        try {
            return ApiClient.as(base, "executive", "minewatch").getArray("/api/mines")
                    .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("name").equals(name))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
        } catch (Exception e) {
            throw new AssertionError("Mines not readable through the API", e);
        }
    }
}
