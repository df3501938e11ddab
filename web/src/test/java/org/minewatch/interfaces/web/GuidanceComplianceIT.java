package org.minewatch.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.interfaces.PortalDeployment;
import org.minewatch.interfaces.rest.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Guidance compliance as an executive reads it, in a real browser on the portal as built with the demo data:
 * the year to date, the quarter the figures reach, what is missing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidanceComplianceIT {

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

    private void openYear(String year, String asOf) {
        browser = Browser.start("en");
        Browser.signIn(browser, base, "executive", "minewatch");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("guidance:table")));
        Browser.guardAjax(browser, By.cssSelector("#guidance\\:table tbody"), () -> Browser.choose(browser, "guidance:year", year));
        asOf(asOf);
    }

    private void asOf(String quarter) {
        Browser.guardAjax(browser, By.cssSelector("#guidance\\:table tbody"), () -> Browser.choose(browser, "guidance:asOf", quarter));
    }

    private WebElement ranked(String metal, String mine) {
        return browser.findElements(By.cssSelector("#guidance\\:ranking tbody tr")).stream()
                .filter(r -> Browser.cell(r, 0).equals(metal) && Browser.cell(r, 1).equals(mine)).findFirst().orElseThrow();
    }

    private WebElement guidance(String subject, String metal) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#guidance\\:table tbody tr"));
        return rows.stream().filter(r -> Browser.cell(r, 0).equals(subject) && Browser.cell(r, 1).equals(metal)).findFirst().orElseThrow();
    }

    @Test
    void the_exports_read_like_a_report_with_whole_figures_named_by_year_and_as_of() throws Exception {
        openYear("2011", "2011-Q4");

        Browser.Download pdfFile = Browser.submitForDownload(browser, "guidance", "guidance:exportPdf");
        assertThat(pdfFile.fileName()).isEqualTo("guidance-2011-as-of-2011-Q4.pdf");
        PdfReader pdf = new PdfReader(pdfFile.content());
        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        // landscape
        assertThat(pdf.getPageSizeWithRotation(1).getWidth()).isGreaterThan(pdf.getPageSizeWithRotation(1).getHeight());
        String text = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(text).contains("Guidance compliance 2011", "Fortuna Silver Mines", "Year 2011, as of 2011-Q4", "Prepared by executive on")
                .contains("Actual to date", "Projection", "Pace");
        // each figure whole on its line, with its row
        assertThat(text.lines()).anyMatch(l -> l.contains("Fortuna Silver Mines") && l.contains("AG") && l.contains("2,400,000") && l.contains("2,499,043")
                && l.contains("Beaten"));
        assertThat(text.lines()).anyMatch(l -> l.contains("AU") && l.contains("7,530") && l.contains("2,862") && l.contains("Q3") && l.contains("Not reported"));

        Browser.Download xlsx = Browser.submitForDownload(browser, "guidance", "guidance:exportXlsx");
        assertThat(xlsx.fileName()).isEqualTo("guidance-2011-as-of-2011-Q4.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = StreamSupport.stream(sheet.spliterator(), false).filter(r -> text(r, 0).equals("Company or mine")).findFirst().orElseThrow();
            List<String> headers = StreamSupport.stream(header.spliterator(), false).map(Cell::getStringCellValue).toList();
            Row silver = StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getRowNum() > header.getRowNum() && text(r, 0).equals("Fortuna Silver Mines") && text(r, 1).equals("AG"))
                    .findFirst().orElseThrow();
            assertThat(silver.getCell(headers.indexOf("Guidance, low end")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(silver.getCell(headers.indexOf("Guidance, low end")).getNumericCellValue()).isEqualTo(2_400_000.0);
            assertThat(silver.getCell(headers.indexOf("Actual to date")).getNumericCellValue()).isEqualTo(2_499_043.0);
            assertThat(silver.getCell(headers.indexOf("Unit")).getStringCellValue()).isEqualTo("oz");
            assertThat(headers).contains("Of pro-rata target (%)", "Through");
        }

        Browser.Download csvFile = Browser.submitForDownload(browser, "guidance", "guidance:exportCsv");
        assertThat(csvFile.fileName()).isEqualTo("guidance-2011-as-of-2011-Q4.csv");
        List<String> csv = new String(csvFile.content(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(csv.get(0)).contains("\"Through\"");
        assertThat(csv).anyMatch(l -> l.startsWith("\"Fortuna Silver Mines\",\"AU\",\"oz\",7530,7530,2862,\"Q3\","));
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    @Test
    void back_from_a_mines_dashboard_returns_to_the_same_year_and_as_of() {
        openYear("2011", "2011-Q3");
        assertThat(browser.getCurrentUrl()).endsWith("/guidance.xhtml?year=2011&asOf=2011-Q3");
        ranked("Au", "San Jose").findElement(By.tagName("a")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("dashboard:heading"), "San Jose · 2011-Q3"));
        browser.navigate().back();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("guidance:table")));
        assertThat(browser.findElement(By.id("guidance:year_label")).getText()).isEqualTo("2011");
        assertThat(browser.findElement(By.id("guidance:asOf_label")).getText()).isEqualTo("2011-Q3");
        assertThat(Browser.cell(ranked("Ag", "Caylloma"), 2)).isEqualTo("1,472,062 oz (Q3)");
    }

    @Test
    void the_ranking_counts_the_year_to_date_from_the_nine_months_published_beside_the_quarter() {
        // the Q3 2011 release gives Caylloma's third quarter (559,959 oz) and its nine months (1,472,062 oz);
        // the Q1 2012 release its fourth quarter (536,426 oz)
        openYear("2011", "2011-Q3");
        assertThat(Browser.cell(ranked("Ag", "Caylloma"), 2)).isEqualTo("1,472,062 oz (Q3)");
        asOf("2011-Q4");
        assertThat(Browser.cell(ranked("Ag", "Caylloma"), 2)).isEqualTo("2,008,488 oz (Q4)");
        // San Jose's gold is not in the Q1 2012 release (cut before its gold table): its year reaches Q3
        assertThat(Browser.cell(ranked("Au", "San Jose"), 2)).isEqualTo("1,060 oz (Q3)");
    }

    @Test
    void as_of_the_fourth_quarter_gold_missing_from_it_is_said_and_not_judged_as_of_the_third() {
        openYear("2011", "2011-Q4");
        WebElement gold = guidance("Fortuna Silver Mines", "AU");
        assertThat(Browser.cell(gold, 7)).isEqualTo("Not reported");
        assertThat(Browser.cell(gold, 3)).isEqualTo("2,862 (Q3)");
        // no projection and no rate for quarters left: none is left, the fourth is missing
        assertThat(Browser.cell(gold, 5)).isEmpty();
        assertThat(Browser.cell(gold, 6)).isEmpty();
        assertThat(Browser.cell(gold, 8)).isEqualTo(
                "Au guidance 7,530 oz: no Au figure for Q4, though the company published the quarter; 2,862 oz to date through Q3, 4,668 oz still needed");
        // silver is complete for the year: judged on the year, nine months and fourth quarter
        WebElement silver = guidance("Fortuna Silver Mines", "AG");
        assertThat(Browser.cell(silver, 3)).isEqualTo("2,499,043 (Q4)");
        assertThat(Browser.cell(silver, 7)).isEqualTo("Beaten");
    }

    // paging and sorting write the ranking's rows anew
    private static final By RANKING_ROW = By.cssSelector("#guidance\\:ranking tbody tr[data-ri]");
    /** The ranking's "Open alerts" header: clicked twice, it sorts the ranking by open alerts, largest first. */
    private static final By OPEN_ALERTS_HEADER = By.xpath("//div[@id='guidance:ranking']//th[contains(@class, 'ui-sortable-column')][.//*[normalize-space() = 'Open alerts']]");

    private List<WebElement> rankingRows() {
        return browser.findElements(RANKING_ROW);
    }

    /** Metal, mine, share, open critical and open alerts of each row of every page of the ranking, from the first page on. */
    private List<List<String>> everyRankingPage() {
        WebElement first = browser.findElement(By.cssSelector("#guidance\\:ranking_paginator_bottom .ui-paginator-first"));
        if (!first.getAttribute("class").contains("ui-state-disabled")) {
            Browser.guardAjax(browser, RANKING_ROW, first::click);
        }
        List<List<String>> rows = new ArrayList<>();
        while (true) {
            rankingRows().forEach(r -> rows.add(List.of(Browser.cell(r, 0), Browser.cell(r, 1), Browser.cell(r, 3), Browser.cell(r, 4), Browser.cell(r, 5))));
            WebElement next = browser.findElement(By.cssSelector("#guidance\\:ranking_paginator_bottom .ui-paginator-next"));
            if (next.getAttribute("class").contains("ui-state-disabled")) {
                return rows;
            }
            Browser.guardAjax(browser, RANKING_ROW, next::click);
        }
    }

    /**
     * The ranking is read a page at a time (five rows; the demo's 2011 has more): the pages together hold every row once,
     * ranked as a whole (metal, then share, largest first), each with its mine's alerts not resolved as the API lists
     * them, on a later page as on the first; sorted by a column, the order runs across the pages.
     */
    @Test
    void the_rankings_pages_hold_every_row_once_ranked_as_a_whole_with_each_mines_open_alerts() throws Exception {
        openYear("2011", "2011-Q4");
        assertThat(rankingRows()).as("the first page").hasSize(5);
        List<List<String>> ranked = everyRankingPage();
        assertThat(ranked).as("more rows than a page").hasSizeGreaterThan(5);
        assertThat(ranked.stream().map(r -> r.get(0) + " " + r.get(1)).toList()).as("each metal of each mine once").doesNotHaveDuplicates()
                .contains("Ag Caylloma", "Ag San Jose", "Au Caylloma", "Au San Jose");
        List<String> metals = ranked.stream().map(r -> r.get(0)).toList();
        assertThat(metals.stream().distinct().toList()).as("metal by metal").isEqualTo(metals.stream().distinct().sorted(
                Comparator.comparing(symbol -> Metal.valueOf(symbol.toUpperCase()))).toList());
        for (String metal : metals.stream().distinct().toList()) {
            List<Double> shares = ranked.stream().filter(r -> r.get(0).equals(metal) && !r.get(2).isEmpty())
                    .map(r -> Double.parseDouble(r.get(2).replace("%", "").replace(",", ""))).toList();
            assertThat(shares).as(metal + " shares, largest first").isSortedAccordingTo(Comparator.reverseOrder());
        }
        ApiClient api = ApiClient.as(base, "executive", "minewatch");
        for (List<String> row : ranked) {
            List<JsonObject> open = api.getArray("/api/alerts?mine=" + row.get(1).replace(" ", "%20")).getValuesAs(JsonObject.class)
                    .stream().filter(a -> !a.getString("status").equals("RESOLVED")).toList();
            assertThat(row.get(4)).as("open alerts of " + row).isEqualTo(String.valueOf(open.size()));
            assertThat(row.get(3)).as("open critical alerts of " + row)
                    .isEqualTo(String.valueOf(open.stream().filter(a -> a.getString("severity").equals("CRITICAL")).count()));
        }

        // sorted by the open alerts, largest first (a second click): the first page is the first of that order
        Browser.guardAjax(browser, RANKING_ROW, () -> browser.findElement(OPEN_ALERTS_HEADER).click());
        Browser.guardAjax(browser, RANKING_ROW, () -> browser.findElement(OPEN_ALERTS_HEADER).click());
        List<List<String>> byOpen = everyRankingPage();
        assertThat(ranked.stream().map(r -> r.get(4)).distinct()).as("rows with different open alerts, whose order the sort must tell").hasSizeGreaterThan(1);
        assertThat(byOpen).containsExactlyInAnyOrderElementsOf(ranked);
        assertThat(byOpen.stream().map(r -> Integer.parseInt(r.get(4))).toList()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    /** The ranking's row of a metal and a mine, looked for on every page: its cells, metal to open alerts. */
    private List<String> rankingRow(String metal, String mine) {
        WebElement first = browser.findElement(By.cssSelector("#guidance\\:ranking_paginator_bottom .ui-paginator-first"));
        if (!first.getAttribute("class").contains("ui-state-disabled")) {
            Browser.guardAjax(browser, RANKING_ROW, first::click);
        }
        while (true) {
            for (WebElement row : rankingRows()) {
                if (Browser.cell(row, 0).equals(metal) && Browser.cell(row, 1).equals(mine)) {
                    return List.of(Browser.cell(row, 0), Browser.cell(row, 1), Browser.cell(row, 2), Browser.cell(row, 3), Browser.cell(row, 4),
                            Browser.cell(row, 5));
                }
            }
            WebElement next = browser.findElement(By.cssSelector("#guidance\\:ranking_paginator_bottom .ui-paginator-next"));
            assertThat(next.getAttribute("class")).as(metal + " " + mine + " in the ranking").doesNotContain("ui-state-disabled");
            Browser.guardAjax(browser, RANKING_ROW, next::click);
        }
    }

    /** The page anew, as a reader opening it later (a new view, so every row is read again from the service). */
    private void reopen() {
        browser.navigate().refresh();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("guidance:table")));
    }

    /** Caylloma's alerts not resolved, by id, as the API lists them. */
    private List<JsonObject> openAlertsOfCaylloma(ApiClient api) throws Exception {
        return api.getArray("/api/alerts?mine=Caylloma").getValuesAs(JsonObject.class).stream().filter(a -> !a.getString("status").equals("RESOLVED")).toList();
    }

    private static HttpResponse<String> importCayllomaQ4Silver(ApiClient admin, long ounces) throws Exception {
        String csv = "mine,period,measure,metal,value,unit\nCaylloma,2011-Q4,production,AG," + ounces + ",oz\n";
        return admin.send("POST", "/api/imports?company=Fortuna%20Silver%20Mines&source=ranking-kept-test&overwrite=true&acceptImplausible=true",
                "text/csv", csv);
    }

    /**
     * The ranking is kept between requests while the data's version stays (GuidanceService): an import (a new version)
     * shows at the next request, its new year to date and the alert its evaluation raised; an alert resolved (no new
     * version) shows at the next request too, in the open alerts and in the order by them. Caylloma's fourth-quarter
     * silver is raised by 80,000 oz (out of its metal balance, silver still beaten for the year) and put back at the end.
     */
    @Test
    void the_ranking_shows_an_import_and_a_resolved_alert_at_the_next_request() throws Exception {
        ApiClient admin = ApiClient.as(base, "admin", "minewatch");
        ApiClient executive = ApiClient.as(base, "executive", "minewatch");
        openYear("2011", "2011-Q4");
        List<String> before = rankingRow("Ag", "Caylloma");
        assertThat(before.get(2)).isEqualTo("2,008,488 oz (Q4)");
        List<JsonObject> openBefore = openAlertsOfCaylloma(executive);
        assertThat(before.get(5)).isEqualTo(String.valueOf(openBefore.size()));
        // read twice in one data version: the second from what was kept
        reopen();
        assertThat(rankingRow("Ag", "Caylloma")).isEqualTo(before);
        try {
            assertThat(importCayllomaQ4Silver(admin, 616_426).statusCode()).isEqualTo(201);
            reopen();
            List<String> imported = rankingRow("Ag", "Caylloma");
            assertThat(imported.get(2)).as("the year to date after the import").isEqualTo("2,088,488 oz (Q4)");
            assertThat(imported.get(3)).as("its share").isNotEqualTo(before.get(3));
            List<JsonObject> openAfterImport = openAlertsOfCaylloma(executive);
            assertThat(openAfterImport).as("the import's evaluation raised an alert on Caylloma").hasSizeGreaterThan(openBefore.size());
            assertThat(imported.get(5)).isEqualTo(String.valueOf(openAfterImport.size()));

            List<Long> known = openBefore.stream().map(a -> a.getJsonNumber("id").longValue()).toList();
            JsonObject raised = openAfterImport.stream().filter(a -> !known.contains(a.getJsonNumber("id").longValue())).findFirst().orElseThrow();
            assertThat(executive.send("POST", "/api/alerts/" + raised.getJsonNumber("id").longValue() + "/resolve", "application/json",
                    "{\"comment\":\"Checked against the mill's assays\"}").statusCode()).isEqualTo(200);
            reopen();
            List<String> resolved = rankingRow("Ag", "Caylloma");
            assertThat(resolved.get(5)).as("open alerts once one is resolved").isEqualTo(String.valueOf(openAfterImport.size() - 1));
            assertThat(resolved.get(2)).isEqualTo(imported.get(2));
            // sorted by open alerts, largest first: the counts of this request, in order
            Browser.guardAjax(browser, RANKING_ROW, () -> browser.findElement(OPEN_ALERTS_HEADER).click());
            Browser.guardAjax(browser, RANKING_ROW, () -> browser.findElement(OPEN_ALERTS_HEADER).click());
            List<List<String>> byOpen = everyRankingPage();
            assertThat(byOpen).contains(List.of(resolved.get(0), resolved.get(1), resolved.get(3), resolved.get(4), resolved.get(5)));
            assertThat(byOpen.stream().map(r -> Integer.parseInt(r.get(4))).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        } finally {
            assertThat(importCayllomaQ4Silver(admin, 536_426).statusCode()).isEqualTo(201);
        }
        reopen();
        assertThat(rankingRow("Ag", "Caylloma").get(2)).as("the figure put back").isEqualTo("2,008,488 oz (Q4)");
    }
}
