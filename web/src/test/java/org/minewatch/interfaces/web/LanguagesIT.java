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
 * English and Spanish in a real browser: the portal speaks the browser's language from the sign-in page
 * on, labels, alert sentences, numbers and dates alike, and the header's menu switches it for the rest of
 * the visit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagesIT {

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

    private String text(By by) {
        return Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(by)).getText().trim();
    }

    private List<WebElement> alertRows() {
        return browser.findElements(By.cssSelector("#alerts\\:table > .ui-datatable-tablewrapper > table > tbody > tr[data-ri]"));
    }

    /** Chooses a language in the header's menu and waits for the page to come back written in it. */
    private void switchTo(String language, By waitFor, String expected) {
        Browser.choose(browser, "language:choice", language);
        Browser.waiting(browser).until(ExpectedConditions.textToBe(waitFor, expected));
        Browser.waitForAjax(browser);
    }

    /** Text as a reader sees it: the no-break space Spanish puts before % read as a space. */
    private static String asRead(String text) {
        return text.replace('\u00a0', ' ');
    }

    /** The language Chart.js writes a chart's numbers in, as the page configured the chart. */
    private String chartLocale(String chartId) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(document.getElementById(arguments[0]).querySelector('canvas')).options.locale;", chartId);
    }

    private List<String> figureColumn(int index) {
        return browser.findElements(By.cssSelector("#figures\\:table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(index).getText().trim()).toList();
    }

    @Test
    void a_browser_asking_for_spanish_gets_the_portal_in_spanish_until_english_is_chosen() {
        browser = Browser.start("es");
        browser.get(base.toString());
        assertThat(text(By.cssSelector(".mw-login .ui-card-title"))).isEqualTo("Iniciar sesión");
        assertThat(text(By.cssSelector("label[for='login:username']"))).startsWith("Usuario");
        assertThat(text(By.id("login:submit"))).isEqualTo("Ingresar");
        assertThat(text(By.id("language:choice_label"))).isEqualTo("Español");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        Browser.screenshot(browser, "login-es");

        Browser.signIn(browser, base, "manager.caylloma", "minewatch");
        // the dashboard, in Spanish
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:heading")));
        assertThat(browser.findElements(By.cssSelector(".mw-content h2"))).extracting(WebElement::getText).contains("Alertas abiertas", "Tendencias");
        assertThat(browser.findElements(By.cssSelector(".mw-kpi-label"))).extracting(WebElement::getText).contains("Toneladas tratadas");
        Browser.screenshot(browser, "dashboard-manager-es");

        // figures as Spanish writes them: 559.959 oz, 0,35 g/t
        browser.findElement(By.id("navFigures")).click();
        assertThat(text(By.cssSelector(".mw-content h1"))).isEqualTo("Cifras de producción");
        Browser.guardAjax(browser, By.cssSelector("#figures\\:table tbody"), () -> Browser.choose(browser, "figures:period", "2011-Q3"));
        assertThat(figureColumn(2)).contains("Toneladas tratadas", "Ley de cabeza", "Recuperación");
        assertThat(figureColumn(4)).contains("559.959", "0,35", "115.574");

        browser.findElement(By.id("navAlerts")).click();
        assertThat(text(By.cssSelector(".mw-content h1"))).isEqualTo("Alertas");
        WebElement overdue = alertRows().stream().filter(r -> Browser.cell(r, 4).equals("2012-Q2")).findFirst().orElseThrow();
        assertThat(Browser.cell(overdue, 2)).isEqualTo("Advertencia");
        assertThat(Browser.cell(overdue, 6)).isEqualTo("No hay cifras de 2012-Q2; debían presentarse a más tardar el 29 de agosto de 2012");
        assertThat(Browser.cell(overdue, 7)).isEqualTo("Abierta");
        overdue.findElement(By.cssSelector(".ui-row-toggler")).click();
        String evidence = text(By.cssSelector(".mw-evidence"));
        assertThat(evidence).contains("Regla: Informe atrasado").contains("Abierta · system · generada por una evaluación")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:").containsPattern("\\d{1,2} [a-z]{3,4}\\.? \\d{4}");
        Browser.screenshot(browser, "alerts-manager-es");

        switchTo("English", By.cssSelector(".mw-content h1"), "Alerts");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text(By.id("navAlerts"))).isEqualTo("Alerts");
        overdue = alertRows().stream().filter(r -> Browser.cell(r, 4).equals("2012-Q2")).findFirst().orElseThrow();
        assertThat(Browser.cell(overdue, 6)).isEqualTo("No figures for 2012-Q2, due by 2012-08-29");
        assertThat(Browser.cell(overdue, 7)).isEqualTo("Open");

        // the choice holds for the rest of the visit
        browser.findElement(By.id("navFigures")).click();
        assertThat(text(By.cssSelector(".mw-content h1"))).isEqualTo("Production figures");
        Browser.guardAjax(browser, By.cssSelector("#figures\\:table tbody"), () -> Browser.choose(browser, "figures:period", "2011-Q3"));
        assertThat(figureColumn(4)).contains("559,959", "0.35", "115,574");
    }

    @Test
    void switching_language_on_a_dashboard_keeps_its_quarter_and_rewrites_its_tiles_and_charts() {
        browser = Browser.start("es");
        Browser.signIn(browser, base, "manager.caylloma", "minewatch");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:heading")));
        Browser.choose(browser, "dashboard:quarter", "2011-Q4");
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("dashboard:heading"), "Caylloma · 2011-Q4"));
        assertThat(browser.findElements(By.cssSelector(".mw-kpi-label"))).extracting(WebElement::getText).contains("Toneladas tratadas");
        assertThat(chartLocale("dashboard:throughputChart")).isEqualTo("es");

        switchTo("English", By.cssSelector(".mw-content h2"), "Open alerts");
        // the same quarter, every tile and chart in English: numbers as English writes them
        assertThat(text(By.id("dashboard:heading"))).isEqualTo("Caylloma · 2011-Q4");
        assertThat(browser.findElements(By.cssSelector(".mw-kpi-label"))).extracting(WebElement::getText)
                .contains("Tonnes milled").doesNotContain("Toneladas tratadas");
        assertThat(browser.findElements(By.cssSelector(".mw-kpi")).stream().map(WebElement::getText).filter(t -> t.startsWith("Tonnes milled")).findFirst())
                .hasValueSatisfying(t -> assertThat(t).contains("116,364"));
        assertThat(chartLocale("dashboard:throughputChart")).isEqualTo("en");

        switchTo("Español", By.cssSelector(".mw-content h2"), "Alertas abiertas");
        assertThat(text(By.id("dashboard:heading"))).isEqualTo("Caylloma · 2011-Q4");
        assertThat(browser.findElements(By.cssSelector(".mw-kpi")).stream().map(WebElement::getText).filter(t -> t.startsWith("Toneladas tratadas")).findFirst())
                .hasValueSatisfying(t -> assertThat(t).contains("116.364"));
    }

    /** Opens the import page afresh and previews figures in the observation CSV as Fortuna's. */
    private void previewFortunaCsv(String csv) {
        browser.get(base + "import.xhtml");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:text")));
        browser.findElement(By.id("import:company")).sendKeys("Fortuna Silver Mines");
        Browser.choose(browser, "import:format", "CSV (observaciones)");
        Browser.paste(browser, By.id("import:text"), csv);
        browser.findElement(By.id("import:preview")).click();
    }

    @Test
    void the_import_page_counts_and_refuses_in_spanish_pointing_at_its_own_choices() {
        browser = Browser.start("es");
        Browser.signIn(browser, base, "admin", "minewatch");
        previewFortunaCsv("mine,period,measure,metal,value,unit\nMina Sin Guardar,2012-Q1,tonnes_milled,,1000,t\n");
        assertThat(text(By.id("import:countNewMines"))).isEqualTo("1 mina nueva");
        assertThat(text(By.id("import:countFigures"))).isEqualTo("1 cifra leída");
        assertThat(text(By.id("import:countUnchanged"))).isEqualTo("0 ya guardadas");

        browser.findElement(By.id("import:commit")).click();
        String refusal = text(By.cssSelector("#import\\:messages .ui-messages-error"));
        assertThat(refusal).startsWith("No se importó nada: Mina Sin Guardar").contains("Marque «Crear las minas nuevas»")
                .doesNotContain("createMines=true").doesNotContain("Nothing imported");
    }

    /**
     * What reading a release found is said in the page's language too: the parser's warning about a figure whose mine
     * the text does not name, a figure that cannot be right with its arithmetic written the Spanish way, and the
     * commit's refusal quoting it.
     */
    @Test
    void the_import_preview_says_what_the_parser_and_the_plausibility_checks_found_in_spanish() {
        browser = Browser.start("es");
        Browser.signIn(browser, base, "admin", "minewatch");
        browser.get(base + "import.xhtml");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:text")));
        Browser.paste(browser, By.id("import:text"),
                "The mill treated 1,000 tonnes in the first quarter of 2012.\n");
        browser.findElement(By.id("import:preview")).click();
        assertThat(text(By.cssSelector("#import\\:messages .ui-messages-error"))).isEqualTo(
                "El texto no nombra a Fortuna Silver Mines ni a ninguna otra empresa: escriba en «Empresa» la empresa de estas cifras.");

        Browser.paste(browser, By.id("import:text"),
                "Fortuna Silver Mines Inc. reports first quarter 2012 production at its Caylloma and San Jose mines.\n"
                        + "Silver recovery at the plant reached an all-time high of 90.1% in the quarter.\n");
        browser.findElement(By.id("import:preview")).click();
        assertThat(text(By.cssSelector(".mw-import-warning"))).startsWith("Línea 2 («").contains("recuperación de AG en 2012-Q1", "no dice de qué mina es")
                .doesNotContain("Line 2").doesNotContain("not read");

        // a CSV the reader cannot take: the line and what is wrong with it, in Spanish
        previewFortunaCsv("mine,period,measure,metal,value,unit\nCaylloma,2013-Q5,production,AG,100,oz\nCaylloma,2013-Q1,production,XX,100,oz\n");
        assertThat(text(By.cssSelector("#import\\:messages .ui-messages-error"))).isEqualTo("Línea 2: Periodo mal escrito «2013-Q5»: un trimestre va de 1 a 4, "
                + "no 5; Línea 3: Metal desconocido «XX»: se espera AG, AU, PB, ZN o CU");

        previewFortunaCsv("mine,period,measure,metal,value,unit\nCaylloma,2013-Q1,production,AG,7530000000,oz\n");
        text(By.cssSelector(".mw-import-implausible")); // the preview's answer has come
        assertThat(browser.findElements(By.cssSelector(".mw-import-implausible")).stream().map(WebElement::getText).toList())
                .anySatisfy(t -> assertThat(t).contains("La cifra de producción de AG de Caylloma en 2013-Q1 (7.530.000.000 oz)",
                        "veces lo máximo que informan las minas reales", "10.000.000 oz por trimestre"))
                .anySatisfy(t -> assertThat(t).contains("veces el mayor trimestre que Caylloma ha informado"))
                .allSatisfy(t -> assertThat(t).doesNotContain("times").doesNotContain("7,530,000,000"));

        browser.findElement(By.id("import:commit")).click();
        assertThat(text(By.cssSelector("#import\\:messages .ui-messages-error"))).startsWith("No se importó nada:")
                .contains("La cifra de producción de AG de Caylloma en 2013-Q1").doesNotContain("Nothing imported").doesNotContain("production of AG");
    }

    @Test
    void spanish_chosen_on_the_sign_in_page_holds_after_signing_in_and_alert_figures_read_the_spanish_way() {
        browser = Browser.start("en");
        browser.get(base.toString());
        assertThat(text(By.cssSelector(".mw-login .ui-card-title"))).isEqualTo("Sign in");
        switchTo("Español", By.cssSelector(".mw-login .ui-card-title"), "Iniciar sesión");

        // Browser.signIn opens the portal anew: the session, and so the language, stays
        Browser.signIn(browser, base, "manager.sanjose", "minewatch");
        assertThat(text(By.id("navAlerts"))).isEqualTo("Alertas");
        browser.findElement(By.id("navAlerts")).click();
        assertThat(text(By.cssSelector(".mw-content h1"))).isEqualTo("Alertas");
        // any status: another test may have acknowledged this one
        Browser.guardAjax(browser, By.cssSelector("#alerts\\:table tbody"), () -> Browser.choose(browser, "alerts:status", "Cualquiera"));
        WebElement q4Gold = alertRows().stream().filter(r -> Browser.cell(r, 4).equals("2011-Q4") && Browser.cell(r, 5).equals("AU")).findFirst().orElseThrow();
        assertThat(asRead(Browser.cell(q4Gold, 6))).isEqualTo(
                "Recuperación de Au 84,9 % frente a 90 % de diseño: 5,1 puntos por debajo, más allá de la tolerancia de 2 puntos");
        Browser.screenshot(browser, "alerts-sanjose-es");

        switchTo("English", By.cssSelector(".mw-content h1"), "Alerts");
        Browser.guardAjax(browser, By.cssSelector("#alerts\\:table tbody"), () -> Browser.choose(browser, "alerts:status", "Any"));
        q4Gold = alertRows().stream().filter(r -> Browser.cell(r, 4).equals("2011-Q4") && Browser.cell(r, 5).equals("AU")).findFirst().orElseThrow();
        assertThat(Browser.cell(q4Gold, 6)).isEqualTo("Au recovery 84.9% against 90% design: 5.1 points short, beyond the 2-point tolerance");
    }

    @Test
    void an_executive_reads_guidance_compliance_in_spanish_with_its_projection() {
        browser = Browser.start("es-MX,es,en");
        Browser.signIn(browser, base, "executive", "minewatch");
        assertThat(text(By.cssSelector(".mw-content h1"))).isEqualTo("Cumplimiento de la guía");
        Browser.guardAjax(browser, By.cssSelector("#guidance\\:table tbody"), () -> Browser.choose(browser, "guidance:year", "2011"));
        Browser.guardAjax(browser, By.cssSelector("#guidance\\:table tbody"), () -> Browser.choose(browser, "guidance:asOf", "2011-Q3"));
        WebElement gold = browser.findElements(By.cssSelector("#guidance\\:table tbody tr")).stream()
                .filter(r -> Browser.cell(r, 0).equals("Fortuna Silver Mines") && Browser.cell(r, 1).equals("AU")).findFirst().orElseThrow();
        assertThat(Browser.cell(gold, 2)).isEqualTo("7.530 oz");
        assertThat(Browser.cell(gold, 3)).isEqualTo("2.862 (T3)");
        assertThat(Browser.cell(gold, 6)).isEqualTo("4.668 = 2,88x");
        assertThat(Browser.cell(gold, 7)).isIn("En riesgo", "Probable incumplimiento");
        assertThat(Browser.cell(gold, 8)).contains("San Jose en puesta en marcha (mes 1)").contains("Caylloma al ritmo actual");
        Browser.screenshot(browser, "guidance-executive-es");
    }
}
