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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administration pages in a real browser, black-box, on the portal as built with the demo data: an
 * administrator creates a mine manager who then sees that mine only, adds a design version, changes a
 * threshold, enters a quarter by hand (preview, then commit) and finds it among the figures; a manager or an
 * executive gets 403. Each test leaves the data as other tests expect it (a design version dated in the
 * future, a threshold set back, a quarter no other test reads), since the embedded database is shared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT {

    private static final List<String> ADMIN_PAGES = List.of("admin/users.xhtml", "admin/design-versions.xhtml", "admin/guidance-versions.xhtml",
            "admin/thresholds.xhtml", "admin/quarter-entry.xhtml");

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

    private void signInAsAdmin() {
        signInAsAdmin("en");
    }

    private void signInAsAdmin(String language) {
        browser = Browser.start(language);
        Browser.signIn(browser, base, "admin", "minewatch");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
    }

    private void open(String page, String formId) {
        browser.get(base + page);
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(formId)));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Ticks a PrimeFaces checkbox of a selectManyCheckbox by its label, as a person clicks its box. */
    private void tick(String groupId, String label) {
        WebElement group = browser.findElement(By.id(groupId));
        String inputId = group.findElement(By.xpath(".//label[normalize-space(.)='" + label + "']")).getAttribute("for");
        WebElement box = group.findElement(By.xpath(".//input[@id='" + inputId + "']/../following-sibling::div[contains(@class,'ui-chkbox-box')]"));
        box.click();
        assertThat(browser.findElement(By.id(inputId)).isSelected()).as("%s ticked", label).isTrue();
    }

    private void untick(String groupId, String label) {
        WebElement group = browser.findElement(By.id(groupId));
        String inputId = group.findElement(By.xpath(".//label[normalize-space(.)='" + label + "']")).getAttribute("for");
        group.findElement(By.xpath(".//input[@id='" + inputId + "']/../following-sibling::div[contains(@class,'ui-chkbox-box')]")).click();
        assertThat(browser.findElement(By.id(inputId)).isSelected()).as("%s unticked", label).isFalse();
    }

    /** Clicks a button whose ajax request replaces the form's messages, and waits for it. */
    private String submit(String buttonId, String messagesId) {
        Browser.guardAjax(browser, By.id(messagesId), () -> browser.findElement(By.id(buttonId)).click());
        return browser.findElement(By.id(messagesId)).getText();
    }

    private List<WebElement> rows(String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " > .ui-datatable-tablewrapper > table > tbody > tr[data-ri]"));
    }

    private WebElement row(String tableId, int column, String text) {
        return rows(tableId).stream().filter(r -> Browser.cell(r, column).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text + " in " + tableId));
    }

    @Test
    void an_admin_creates_a_mine_manager_who_then_sees_that_mine_only() {
        signInAsAdmin();
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("navAdmin"))).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("users:table")));
        assertThat(Browser.cell(row("users:table", 0, "admin"), 3)).isEqualTo("Enabled");

        type("users:newUsername", "supervisor.caylloma");
        type("users:newPassword", "short");
        tick("users:newMines", "Caylloma");
        assertThat(submit("users:create", "users:messages")).contains("A password needs at least 8 characters");
        assertThat(rows("users:table")).noneMatch(r -> Browser.cell(r, 0).equals("supervisor.caylloma"));

        type("users:newPassword", "caylloma-2012");
        assertThat(submit("users:create", "users:messages")).contains("User supervisor.caylloma created.");
        WebElement created = row("users:table", 0, "supervisor.caylloma");
        assertThat(Browser.cell(created, 1)).isEqualTo("Mine manager");
        assertThat(Browser.cell(created, 2)).isEqualTo("Caylloma");
        assertThat(Browser.cell(created, 3)).isEqualTo("Enabled");
        Browser.screenshot(browser, "admin-users");

        browser.findElement(By.id("session:logout")).click();
        Browser.signIn(browser, base, "supervisor.caylloma", "caylloma-2012");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        browser.findElement(By.id("navFigures")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("figures:table")));
        assertThat(browser.findElement(By.id("caller")).getText()).isEqualTo("supervisor.caylloma");
        assertThat(browser.findElements(By.id("navAdmin"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#figures\\:table tbody tr")))
                .isNotEmpty().allSatisfy(r -> assertThat(r.findElements(By.tagName("td")).get(0).getText().trim()).isEqualTo("Caylloma"));
    }

    @Test
    void an_admin_moves_a_user_to_another_mine_resets_their_password_and_disables_and_enables_them() {
        signInAsAdmin();
        open("admin/users.xhtml", "users:table");
        type("users:newUsername", "auditor.mx");
        type("users:newPassword", "first-password");
        tick("users:newMines", "Caylloma");
        assertThat(submit("users:create", "users:messages")).contains("User auditor.mx created.");

        WebElement auditor = row("users:table", 0, "auditor.mx");
        auditor.findElement(By.cssSelector("[id$=':edit']")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("access:editMines")));
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("access:accessUser"), "auditor.mx"));
        tick("access:editMines", "San Jose");
        untick("access:editMines", "Caylloma");
        assertThat(submit("access:saveAccess", "users:messages")).contains("Roles and mines of auditor.mx saved.");
        assertThat(Browser.cell(row("users:table", 0, "auditor.mx"), 2)).isEqualTo("San Jose");

        row("users:table", 0, "auditor.mx").findElement(By.cssSelector("[id$=':password']")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("password:passwordUser"), "auditor.mx"));
        type("password:newPassword", "second-password");
        assertThat(submit("password:savePassword", "users:messages")).contains("The password of auditor.mx was reset");

        assertThat(submitIn(row("users:table", 0, "auditor.mx"), "disable")).contains("User auditor.mx disabled");
        assertThat(Browser.cell(row("users:table", 0, "auditor.mx"), 3)).isEqualTo("Disabled");
        browser.findElement(By.id("session:logout")).click();
        Browser.signIn(browser, base, "auditor.mx", "second-password");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages .ui-messages-error")));

        Browser.signIn(browser, base, "admin", "minewatch");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        open("admin/users.xhtml", "users:table");
        assertThat(submitIn(row("users:table", 0, "auditor.mx"), "enable")).contains("User auditor.mx enabled");
        browser.findElement(By.id("session:logout")).click();
        Browser.signIn(browser, base, "auditor.mx", "second-password");
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        browser.findElement(By.id("navFigures")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("figures:table")));
        assertThat(browser.findElements(By.cssSelector("#figures\\:table tbody tr")))
                .isNotEmpty().allSatisfy(r -> assertThat(r.findElements(By.tagName("td")).get(0).getText().trim()).isEqualTo("San Jose"));
    }

    @Test
    void an_admin_cannot_disable_their_own_account_and_is_told_so_in_their_language() {
        signInAsAdmin("es");
        open("admin/users.xhtml", "users:table");
        assertThat(browser.findElement(By.id("navAdmin")).getText()).isEqualTo("Administración");
        WebElement admin = row("users:table", 0, "admin");
        assertThat(Browser.cell(admin, 1)).isEqualTo("Administrador");
        assertThat(submitIn(admin, "disable")).contains("No puede deshabilitar su propia cuenta: debe hacerlo otro administrador.");
        assertThat(Browser.cell(row("users:table", 0, "admin"), 3)).isEqualTo("Habilitado");
        Browser.screenshot(browser, "admin-users-es");
    }

    private String submitIn(WebElement row, String button) {
        Browser.guardAjax(browser, By.id("users:messages"), () -> row.findElement(By.cssSelector("[id$=':" + button + "']")).click());
        return browser.findElement(By.id("users:messages")).getText();
    }

    @Test
    void an_admin_adds_a_later_design_version_and_an_earlier_one_is_refused() {
        signInAsAdmin();
        open("admin/design-versions.xhtml", "design:table");
        assertThat(browser.findElement(By.id("design:mine_label")).getText()).isEqualTo("Caylloma");
        assertThat(rows("design:table")).hasSize(1);
        assertThat(Browser.cell(rows("design:table").get(0), 3)).isEqualTo("Illustrative");

        type("design:effectiveFrom_input", "2030-01-01");
        type("design:throughput_input", "1500");
        type("design:recoveries:0:recovery_input", "85");
        browser.findElement(By.cssSelector("#design\\:illustrative .ui-chkbox-box")).click();
        type("design:source", "Optimisation study <b>(browser test)</b>");
        assertThat(submit("design:add", "design:messages")).contains("Design version of Caylloma from 2030-01-01 added");
        List<WebElement> versions = rows("design:table");
        assertThat(versions).hasSize(2);
        assertThat(Browser.cell(versions.get(1), 0)).isEqualTo("2030-01-01");
        assertThat(Browser.cell(versions.get(1), 1)).isEqualTo("1,500");
        assertThat(Browser.cell(versions.get(1), 2)).isEqualTo("Ag 85 %");
        assertThat(Browser.cell(versions.get(1), 3)).isEqualTo("Illustrative");
        // markup in a source is shown as text, never interpreted
        assertThat(Browser.cell(versions.get(1), 4)).isEqualTo("Optimisation study <b>(browser test)</b>");
        assertThat(versions.get(1).findElements(By.tagName("b"))).isEmpty();

        type("design:effectiveFrom_input", "2029-06-30");
        type("design:throughput_input", "1400");
        type("design:source", "back-dated");
        assertThat(submit("design:add", "design:messages")).contains("must take effect after 2030-01-01");
        assertThat(rows("design:table")).hasSize(2);
        Browser.screenshot(browser, "admin-design-versions");
    }

    @Test
    void guidance_versions_are_listed_by_year_and_a_back_dated_revision_is_refused() {
        signInAsAdmin();
        open("admin/guidance-versions.xhtml", "guidance:table");
        Browser.guardAjax(browser, By.cssSelector("#guidance\\:table tbody"), () -> Browser.choose(browser, "guidance:year", "2011"));
        WebElement gold = rows("guidance:table").stream().filter(r -> Browser.cell(r, 0).startsWith("Fortuna Silver Mines") && Browser.cell(r, 1).equals("Au"))
                .findFirst().orElseThrow();
        assertThat(Browser.cell(gold, 2)).isEqualTo("7,530 oz");
        assertThat(Browser.cell(gold, 4)).isEqualTo("In force");

        Browser.choose(browser, "guidance:scope", "San Jose");
        type("guidance:newYear_input", "2011");
        type("guidance:low_input", "500000");
        type("guidance:announcedOn_input", "2011-08-01");
        type("guidance:source", "back-dated revision");
        assertThat(submit("guidance:add", "guidance:messages")).contains("must be announced after 2011-09-01");

        // a range for a year no other test reads
        type("guidance:newYear_input", "2031");
        Browser.choose(browser, "guidance:metal", "AU");
        type("guidance:low_input", "20000");
        type("guidance:high_input", "22000");
        type("guidance:announcedOn_input", "2026-01-15");
        type("guidance:source", "San Jose expansion plan (browser test)");
        assertThat(submit("guidance:add", "guidance:messages")).contains("Guidance of San Jose for 2031 (Au) added");
        WebElement added = row("guidance:table", 0, "San Jose");
        assertThat(Browser.cell(added, 1)).isEqualTo("Au");
        assertThat(Browser.cell(added, 2)).isEqualTo("20,000 – 22,000 oz");
        assertThat(Browser.cell(added, 3)).isEqualTo("2026-01-15");
        assertThat(Browser.cell(added, 4)).isEqualTo("In force");
        Browser.screenshot(browser, "admin-guidance-versions");
    }

    @Test
    void an_admin_changes_a_threshold_and_sets_it_back() {
        signInAsAdmin();
        open("admin/thresholds.xhtml", "thresholds:table");
        assertThat(rows("thresholds:table")).hasSize(10);
        WebElement tolerance = row("thresholds:table", 0, "recovery.tolerance.points");
        assertThat(Browser.cell(tolerance, 1)).startsWith("How far recovery may fall below design");
        assertThat(Browser.cell(tolerance, 2)).isEqualTo("2");
        assertThat(Browser.cell(tolerance, 4)).isEqualTo("points");

        setThreshold("recovery.tolerance.points", "3");
        assertThat(submit("thresholds:save", "thresholds:messages")).contains("One threshold saved; alerts re-evaluated.");
        assertThat(Browser.cell(row("thresholds:table", 0, "recovery.tolerance.points"), 5)).startsWith("admin");
        browser.navigate().refresh();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("thresholds:table")));
        assertThat(thresholdValue("recovery.tolerance.points")).isEqualTo("3");
        Browser.screenshot(browser, "admin-thresholds");

        setThreshold("recovery.tolerance.points", "2");
        assertThat(submit("thresholds:save", "thresholds:messages")).contains("One threshold saved");
        assertThat(thresholdValue("recovery.tolerance.points")).isEqualTo("2");
    }

    @Test
    void the_header_keeps_one_line_at_a_laptops_width_with_every_administrators_link() {
        signInAsAdmin();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        Browser.waiting(browser).until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.innerWidth <= 1366;"));
        int brand = browser.findElement(By.cssSelector(".mw-brand")).getRect().y;
        assertThat(browser.findElement(By.id("navAdmin")).getRect().y).isBetween(brand - 12, brand + 12);
        assertThat(browser.findElement(By.id("session:logout")).getRect().y).isBetween(brand - 12, brand + 12);
        assertThat(browser.findElement(By.cssSelector(".mw-header")).getRect().height).isLessThan(80);
    }

    @Test
    void contradicting_thresholds_and_an_empty_value_are_refused_with_a_sentence_and_nothing_is_saved() {
        signInAsAdmin();
        open("admin/thresholds.xhtml", "thresholds:table");
        String critical = thresholdValue("recovery.critical.shortfall.points");

        // a warning tolerance above the critical shortfall: no shortfall could ever be a mere warning
        setThreshold("recovery.tolerance.points", "12");
        assertThat(submit("thresholds:save", "thresholds:messages"))
                .contains("recovery.tolerance.points (12) must be below recovery.critical.shortfall.points (" + critical + ")");
        // a share above 100 %
        setThreshold("recovery.tolerance.points", "2");
        setThreshold("throughput.minimum.share.percent", "150");
        assertThat(submit("thresholds:save", "thresholds:messages")).contains("throughput.minimum.share.percent is a percentage: at most 100, not 150");
        // an empty value names its threshold and its default, not a validator's key
        setThreshold("throughput.minimum.share.percent", "");
        assertThat(submit("thresholds:save", "thresholds:messages"))
                .contains("Enter a value for throughput.minimum.share.percent (its default is 90)").doesNotContain("Validation Error");

        browser.navigate().refresh();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("thresholds:table")));
        assertThat(thresholdValue("recovery.tolerance.points")).isEqualTo("2");
        assertThat(thresholdValue("throughput.minimum.share.percent")).isEqualTo("90");
    }

    private void setThreshold(String key, String value) {
        WebElement input = row("thresholds:table", 0, key).findElement(By.cssSelector("input[id$='value_input']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private String thresholdValue(String key) {
        return row("thresholds:table", 0, key).findElement(By.cssSelector("input[id$='value_input']")).getAttribute("value");
    }

    @Test
    void an_admin_enters_a_quarter_previews_it_commits_it_and_finds_it_among_the_figures() {
        signInAsAdmin();
        open("admin/quarter-entry.xhtml", "quarter:metals");
        assertThat(browser.findElement(By.id("quarter:mine_label")).getText()).isEqualTo("Caylloma");
        type("quarter:period", "2012-Q2");
        type("quarter:tonnesMilled", "118,204");
        type("quarter:tpd", "1,299");
        // rows: Ag, Au, Pb, Zn, Cu
        type("quarter:metals:0:grade", "172");
        type("quarter:metals:0:recovery", "183");
        type("quarter:metals:0:production", "542,538");
        type("quarter:metals:1:grade", "0,31");
        type("quarter:metals:1:recovery", "44");
        type("quarter:metals:1:production", "518");
        type("quarter:metals:2:grade", "2.05");
        type("quarter:metals:2:recovery", "91");
        type("quarter:metals:2:production", "4,861,404");
        type("quarter:metals:3:grade", "2.51");
        type("quarter:metals:3:recovery", "88");
        type("quarter:metals:3:production", "5,756,027");
        type("quarter:sourceName", "Caylloma monthly reports, April to June 2012 (browser test)");

        // a decimal comma is not a figure as printed: the form says so before anything is read
        assertThat(submit("quarter:preview", "quarter:messages")).contains("Head grade Au: write the figure as printed");
        assertThat(browser.findElements(By.id("quarter:result"))).isEmpty();

        // an impossible recovery: the importer's own check, naming the field
        type("quarter:metals:1:grade", "0.31");
        String refused = submit("quarter:preview", "quarter:messages");
        assertThat(refused).contains("Recovery Ag").contains("recovery 183% is outside (0, 100]");
        assertThat(browser.findElements(By.id("quarter:commit"))).isEmpty();

        type("quarter:metals:0:recovery", "83");
        assertThat(submit("quarter:preview", "quarter:messages")).doesNotContain("outside");
        List<WebElement> previewed = rows("quarter:observations");
        assertThat(previewed).hasSize(14);
        assertThat(previewed).allSatisfy(r -> assertThat(Browser.cell(r, 1)).isEqualTo("2012-Q2"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(By.id("quarter:result")));
        Browser.screenshot(browser, "admin-quarter-entry-preview");

        assertThat(submit("quarter:commit", "quarter:messages")).contains("Stored: 14 figures added, 0 replaced, 0 unchanged");
        Browser.screenshot(browser, "admin-quarter-entry");

        // the figures page shows them, as stored
        browser.findElement(By.id("navFigures")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("figures:table")));
        Browser.guardAjax(browser, By.cssSelector("#figures\\:table tbody"), () -> Browser.choose(browser, "figures:period", "2012-Q2"));
        List<String> values = browser.findElements(By.cssSelector("#figures\\:table tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(0).getText().trim() + " " + r.findElements(By.tagName("td")).get(4).getText().trim())
                .toList();
        assertThat(values).hasSize(14).contains("Caylloma 118,204", "Caylloma 1,299", "Caylloma 0.31", "Caylloma 542,538", "Caylloma 5,756,027");

        // the same figures again change nothing
        open("admin/quarter-entry.xhtml", "quarter:metals");
        type("quarter:period", "2012-Q2");
        type("quarter:tonnesMilled", "118,204");
        submit("quarter:preview", "quarter:messages");
        assertThat(submit("quarter:commit", "quarter:messages")).contains("Nothing changed");
    }

    @Test
    void a_manager_and_an_executive_get_403_on_the_administration_pages() {
        for (String user : List.of("manager.caylloma", "executive")) {
            browser = Browser.start("es");
            Browser.signIn(browser, base, user, "minewatch");
            Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
            assertThat(browser.findElements(By.id("navAdmin"))).isEmpty();
            for (String page : ADMIN_PAGES) {
                assertThat(status(base + page)).as("%s on %s", user, page).isEqualTo(403L);
            }
            browser.get(base + "admin/users.xhtml");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Esta página es solo para administradores");
            assertThat(browser.findElements(By.id("users:table"))).isEmpty();
            Browser.finish(browser);
            browser = null;
        }
    }

    /** The HTTP status of a page fetched with the browser's session, as the browser itself gets it. */
    private Object status(String url) {
        return ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'}).then(r => done(r.status)).catch(e => done(String(e)));",
                url);
    }
}
