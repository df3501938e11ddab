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
            Browser.finish(browser);
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
        // its edge is the colour of the open alert on it: 5 points short is critical
        assertThat(silverRecovery.getAttribute("class")).contains("mw-kpi-critical");
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
    void an_acknowledgement_after_the_session_ended_leads_to_sign_in_saying_it_was_not_saved() {
        browser = Browser.start("en");
        Browser.signIn(browser, base, "manager.caylloma", "minewatch");
        browser.get(base + "dashboard.xhtml?mine=" + mineId("Caylloma") + "&quarter=2011-Q4");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:alerts")));
        WebElement open = alertRows().stream().filter(r -> Browser.cell(r, 5).equals("Open")).findFirst().orElseThrow();
        String message = Browser.cell(open, 4);
        open.findElement(By.cssSelector("[id$=':acknowledge']")).click();
        WebElement comment = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:decisionComment")));

        // the session ends while the dialog is open
        browser.manage().deleteAllCookies();
        comment.sendKeys("Checked with the plant");
        browser.findElement(By.id("dashboard:confirmAcknowledge")).click();

        WebElement said = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:sessionEnded")));
        assertThat(said.getText()).contains("Your session had ended, so your last action was not saved");
        Browser.signIn(browser, base, "manager.caylloma", "minewatch");
        browser.get(base + "dashboard.xhtml?mine=" + mineId("Caylloma") + "&quarter=2011-Q4");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:alerts")));
        assertThat(alertRows().stream().filter(r -> Browser.cell(r, 4).equals(message)).map(r -> Browser.cell(r, 5)).toList()).contains("Open");
    }

    @Test
    void an_alert_acknowledged_elsewhere_since_the_page_was_read_shows_where_it_stands_and_the_dialog_closes() throws Exception {
        browser = Browser.start("en");
        Browser.signIn(browser, base, "manager.caylloma", "minewatch");
        browser.get(base + "dashboard.xhtml?mine=" + mineId("Caylloma") + "&quarter=2011-Q4");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:alerts")));
        ApiClient api = ApiClient.as(base, "manager.caylloma", "minewatch");
        List<String> shownOpen = alertRows().stream().filter(r -> Browser.cell(r, 5).equals("Open")).map(r -> Browser.cell(r, 4)).toList();
        JsonObject alert = api.getArray("/api/alerts?mine=Caylloma&status=OPEN").getValuesAs(JsonObject.class).stream()
                .filter(a -> shownOpen.contains(a.getString("message"))).findFirst().orElseThrow();
        WebElement row = alertRows().stream().filter(r -> Browser.cell(r, 4).equals(alert.getString("message"))).findFirst().orElseThrow();
        row.findElement(By.cssSelector("[id$=':acknowledge']")).click();
        WebElement comment = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:decisionComment")));

        // meanwhile, in another tab
        assertThat(api.send("POST", "/api/alerts/" + alert.getJsonNumber("id").longValue() + "/acknowledge", "application/json",
                "{\"comment\":\"seen in the other tab\"}").statusCode()).isEqualTo(200);

        comment.sendKeys("Checked with the plant");
        Browser.guardAjax(browser, By.cssSelector("#dashboard\\:alerts tbody"),
                () -> browser.findElement(By.id("dashboard:confirmAcknowledge")).click());
        WebElement growl = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dashboard\\:growl_container .ui-growl-message")));
        assertThat(growl.getText()).contains("Already acknowledged or resolved elsewhere");
        // the message does not cover the mine and quarter choices
        for (String selector : List.of("dashboard:mine", "dashboard:quarter")) {
            org.openqa.selenium.Rectangle choice = browser.findElement(By.id(selector)).getRect();
            org.openqa.selenium.Rectangle message = growl.getRect();
            boolean overlaps = message.x < choice.x + choice.width && choice.x < message.x + message.width
                    && message.y < choice.y + choice.height && choice.y < message.y + message.height;
            assertThat(overlaps).as("the message over %s", selector).isFalse();
        }
        Browser.waiting(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("dashboard:decisionDialog")));
        assertThat(alertRows().stream().filter(r -> Browser.cell(r, 4).equals(alert.getString("message"))).map(r -> Browser.cell(r, 5)).toList())
                .containsExactly("Acknowledged");
        // only the other tab's comment was stored
        JsonObject stored;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(api.get("/api/alerts/" + alert.getJsonNumber("id").longValue()).body()))) {
            stored = reader.readObject();
        }
        assertThat(stored.getString("comment")).isEqualTo("seen in the other tab");
    }

    @Test
    void the_page_has_no_empty_pill_draws_the_design_line_as_a_line_and_shows_evidence_as_figures() {
        browser = Browser.start("en");
        Browser.signIn(browser, base, "manager.caylloma", "minewatch");
        browser.get(base + "dashboard.xhtml?mine=" + mineId("Caylloma") + "&quarter=2011-Q3");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:alerts")));
        Browser.waitForAjax(browser);

        // nothing of the loading indication shows between requests
        assertThat(browser.findElements(By.cssSelector("#busy *, .mw-busy")).stream().filter(WebElement::isDisplayed).toList()).isEmpty();

        // the legend marks the design series with a line (its dashes), not a box outlined in dashes
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("var c = Chart.getChart(document.getElementById('dashboard:recoveryChart').querySelector('canvas'));"
                + " return [c.options.plugins.legend.labels.usePointStyle, c.data.datasets.filter(function (d) { return d.borderDash; })"
                + ".map(function (d) { return d.pointStyle; }).join()];")).isEqualTo(List.of(true, "line"));

        // the evidence is figures with their names, rounded as printed, not the rules' JSON
        WebElement recovery = alertRows().stream().filter(r -> Browser.cell(r, 4).startsWith("Ag recovery 81% against 86% design")).findFirst()
                .orElseThrow();
        recovery.findElement(By.cssSelector(".ui-row-toggler")).click();
        String evidence = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mw-evidence-figures"))).getText();
        assertThat(evidence).contains("Design recovery (%): 86").doesNotContain("{").doesNotContain("\"").doesNotContainPattern("\\d\\.\\d{3,}");
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
    void a_mine_imported_with_its_ore_figures_alone_opens_and_says_it_has_no_metal_to_chart() throws Exception {
        // a closed quarter recent enough that no earlier one is overdue for the new mine
        String csv = "mine,period,measure,metal,value,unit\nOre Only,2026-Q3,tonnes_milled,,50000,t\n";
        var imported = ApiClient.as(base, "admin", "minewatch")
                .send("POST", "/api/imports?createMines=true&company=Ore+Only+Mining&source=ore+figures+alone", "text/csv", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        browser = Browser.start("en");
        Browser.signIn(browser, base, "executive", "minewatch");
        browser.get(base + "dashboard.xhtml?mine=" + mineId("Ore Only"));
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("dashboard:heading"), "Ore Only · 2026-Q3"));
        assertThat(browser.findElement(By.id("dashboard:noMetal")).getText())
                .isEqualTo("No metal reported for this mine yet: only its ore figures are charted.");
        assertThat(browser.findElements(By.id("dashboard:productionChart"))).isEmpty();
        // no t/d reported: the throughput chart says so rather than drawing an empty 0 to 1.0 axis
        assertThat(browser.findElements(By.cssSelector("#dashboard\\:throughputChart canvas"))).isEmpty();
        assertThat(browser.findElement(By.id("dashboard:throughputChartEmpty")).getText()).isEqualTo("Nothing reported to chart.");
        assertThat(browser.getPageSource()).doesNotContain("Something went wrong");
    }

    @Test
    void a_quarter_says_what_it_did_not_report_colours_only_what_an_alert_flags_and_keeps_the_years_guidance_in_view() {
        browser = Browser.start("en");
        Browser.signIn(browser, base, "manager.sanjose", "minewatch");
        browser.get(base + "dashboard.xhtml?mine=" + mineId("San Jose") + "&quarter=2011-Q4");
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("dashboard:heading"), "San Jose · 2011-Q4"));

        // San Jose's gold is missing from Q4 2011 (its release is cut before the gold table): a tile says so
        WebElement gold = tile("production", "AU");
        assertThat(gold.getText()).contains("Production Au").contains("not reported");
        // 987 tpd is 98.7 % of its 1,000 tpd design, which no rule flags: said in words, no coloured edge
        WebElement tpd = tile("tpd", "");
        assertThat(tpd.getText()).contains("98.7% of design 1,000 t/d");
        assertThat(tpd.getAttribute("class")).doesNotContain("mw-kpi-critical").doesNotContain("mw-kpi-warning").doesNotContain("mw-kpi-info");

        // "this quarter" keeps the year's guidance alerts, which concern every quarter of 2011
        if (!browser.findElement(By.cssSelector("#dashboard\\:thisQuarterOnly input")).isSelected()) {
            Browser.guardAjax(browser, By.id("dashboard:alerts"), () -> browser.findElement(By.cssSelector("#dashboard\\:thisQuarterOnly .ui-toggleswitch-slider")).click());
        }
        assertThat(alertRows().stream().map(r -> Browser.cell(r, 2)).toList()).contains("2011-Q4", "2011-FY");
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
        // the error page looks like the portal: its header and a card, not bare text
        assertThat(browser.findElement(By.tagName("header")).getText()).isEqualTo("MineWatch");
        assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.querySelector('main')).borderTopStyle;")).isEqualTo("solid");
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
