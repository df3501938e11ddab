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
import org.minewatch.interfaces.rest.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The alerts inbox in a real browser: a mine manager sees their mine's alerts only, acknowledges one with a
 * comment (markup in it shown as text), and finds it acknowledged with its history; an executive pages through
 * more alerts than a page holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertsInboxIT {

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

    private void signInAndOpenAlerts(String user) {
        Browser.signIn(browser, base, user, "minewatch");
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("navAlerts"))).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("alerts:table")));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#alerts\\:table > .ui-datatable-tablewrapper > table > tbody > tr[data-ri]"));
    }

    /** The alert ids of the rows shown, in order. */
    private List<String> shownIds() {
        return rows().stream().map(r -> r.getAttribute("data-rk")).toList();
    }

    private void turnPage(String direction) {
        Browser.guardAjax(browser, FIRST_ROW, () -> browser.findElement(By.cssSelector("#alerts\\:table_paginator_bottom .ui-paginator-" + direction)).click());
    }

    private WebElement row(String id) {
        return rows().stream().filter(r -> id.equals(r.getAttribute("data-rk"))).findFirst().orElseThrow();
    }

    private static final By TABLE_BODY = By.cssSelector("#alerts\\:table tbody");
    // sorting and paging write the table's rows anew, not its body
    private static final By FIRST_ROW = By.cssSelector("#alerts\\:table tbody tr[data-ri]");

    /** Mine (or company), period and metal: what an alert is about. */
    private static String subject(WebElement row) {
        return Browser.cell(row, 3) + " " + Browser.cell(row, 4) + " " + Browser.cell(row, 5);
    }

    @Test
    void a_manager_sees_their_mines_alerts_only() {
        browser = Browser.start("en");
        signInAndOpenAlerts("manager.caylloma");
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(Browser.cell(row, 3)).isEqualTo("Caylloma"));
    }

    @Test
    void a_manager_acknowledges_an_alert_with_a_comment_and_finds_it_acknowledged() {
        browser = Browser.start("en");
        signInAndOpenAlerts("manager.sanjose");
        WebElement q4Gold = rows().stream().filter(r -> Browser.cell(r, 4).equals("2011-Q4") && Browser.cell(r, 5).equals("AU")).findFirst().orElseThrow();
        assertThat(Browser.cell(q4Gold, 6)).startsWith("Au recovery 84.9% against 90% design");
        q4Gold.findElement(By.cssSelector("[id$=':acknowledge']")).click();
        WebElement comment = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("alerts:decisionComment")));
        comment.sendKeys("CIL tanks being commissioned <b>until November</b>");
        Browser.guardAjax(browser, By.cssSelector("#alerts\\:table tbody"), () -> browser.findElement(By.id("alerts:confirmAcknowledge")).click());

        // acknowledged alerts leave the list of open ones; show them all
        Browser.guardAjax(browser, By.cssSelector("#alerts\\:table tbody"), () -> Browser.choose(browser, "alerts:status", "Any"));
        WebElement acknowledged = rows().stream().filter(r -> Browser.cell(r, 4).equals("2011-Q4") && Browser.cell(r, 5).equals("AU")).findFirst().orElseThrow();
        assertThat(Browser.cell(acknowledged, 7)).isEqualTo("Acknowledged");
        acknowledged.findElement(By.cssSelector(".ui-row-toggler")).click();
        WebElement history = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mw-evidence ol")));
        assertThat(history.getText()).contains("Acknowledged · manager.sanjose").contains("CIL tanks being commissioned <b>until November</b>");
    }

    @Test
    void an_executive_acknowledges_several_alerts_at_once_with_one_comment() {
        browser = Browser.start("en");
        signInAndOpenAlerts("executive");
        Browser.guardAjax(browser, By.cssSelector("#alerts\\:table tbody"), () -> Browser.choose(browser, "alerts:rule", "Guidance figures not reported"));
        List<WebElement> open = rows();
        assertThat(open).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> assertThat(Browser.cell(r, 7)).isEqualTo("Open"));
        List<String> subjects = open.stream().limit(2).map(AlertsInboxIT::subject).toList();
        open.get(0).findElement(By.cssSelector(".ui-chkbox-box")).click();
        Browser.waitForAjax(browser);
        rows().get(1).findElement(By.cssSelector(".ui-chkbox-box")).click();
        Browser.waitForAjax(browser);
        browser.findElement(By.id("alerts:bulk")).click();
        WebElement comment = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("alerts:decisionComment")));
        assertThat(browser.findElement(By.id("alerts:decisionCount")).getText()).contains("2 alerts");
        comment.sendKeys("Q4 plan reviewed with both sites: San Jose ramp-up is the gap");
        Browser.guardAjax(browser, By.cssSelector("#alerts\\:table tbody"), () -> browser.findElement(By.id("alerts:confirmAcknowledge")).click());

        // both left the open ones; with any status they show as acknowledged
        assertThat(rows().stream().map(AlertsInboxIT::subject).toList()).doesNotContainAnyElementsOf(subjects);
        Browser.guardAjax(browser, By.cssSelector("#alerts\\:table tbody"), () -> Browser.choose(browser, "alerts:status", "Any"));
        assertThat(rows().stream().filter(r -> subjects.contains(subject(r))).map(r -> Browser.cell(r, 7)).toList())
                .containsExactly("Acknowledged", "Acknowledged");
        Browser.screenshot(browser, "alerts-executive");
    }

    /**
     * More alerts than a page holds (the demo data has 22 in all, 20 to a page): the list is sorted as a whole before
     * a page of it is read, the pages together hold every alert once, a row chosen on one page is still chosen after
     * another page was shown, and the exports hold every alert of the filters, not the page shown.
     */
    @Test
    void an_executive_pages_through_a_list_sorted_as_a_whole_and_keeps_the_rows_chosen_on_each_page() throws Exception {
        List<String> all = ApiClient.as(base, "executive", "minewatch").getArray("/api/alerts").stream()
                .map(a -> String.valueOf(a.asJsonObject().getJsonNumber("id").longValue())).toList();
        assertThat(all).as("the demo's alerts").hasSizeGreaterThan(20);
        browser = Browser.start("en");
        signInAndOpenAlerts("executive");
        Browser.guardAjax(browser, TABLE_BODY, () -> Browser.choose(browser, "alerts:status", "Any"));
        Browser.guardAjax(browser, FIRST_ROW, () -> browser.findElement(
                By.xpath("//th[contains(@class, 'ui-sortable-column')][.//*[normalize-space() = 'Period']]")).click());

        List<String> firstPage = shownIds();
        List<String> periods = new java.util.ArrayList<>(rows().stream().map(r -> Browser.cell(r, 4)).toList());
        assertThat(firstPage).hasSize(20);
        String chosenOnFirst = firstPage.get(0);
        row(chosenOnFirst).findElement(By.cssSelector(".ui-chkbox-box")).click();
        Browser.waitForAjax(browser);

        turnPage("next");
        List<String> secondPage = shownIds();
        periods.addAll(rows().stream().map(r -> Browser.cell(r, 4)).toList());
        assertThat(secondPage).hasSize(all.size() - 20).doesNotContainAnyElementsOf(firstPage);
        assertThat(java.util.stream.Stream.concat(firstPage.stream(), secondPage.stream()).toList()).containsExactlyInAnyOrderElementsOf(all);
        assertThat(periods).as("the periods of both pages, in order").isSorted();
        String chosenOnSecond = secondPage.get(0);
        row(chosenOnSecond).findElement(By.cssSelector(".ui-chkbox-box")).click();
        Browser.waitForAjax(browser);

        // each page shows its chosen row as chosen still, after the other page was shown
        turnPage("prev");
        assertThat(shownIds()).isEqualTo(firstPage);
        assertThat(row(chosenOnFirst).getAttribute("aria-selected")).isEqualTo("true");
        turnPage("next");
        assertThat(row(chosenOnSecond).getAttribute("aria-selected")).isEqualTo("true");

        Browser.Download csv = Browser.submitForDownload(browser, "alerts", "alerts:exportCsv");
        assertThat(new String(csv.content(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).toList()).hasSize(all.size());
    }
}
