package org.minewatch.interfaces.web;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages (/usr/bin/chromium and /usr/bin/chromedriver, or the
 * paths in minewatch.chromium and minewatch.chromedriver): never a downloaded browser or driver, and no
 * background traffic beyond the page under test.
 */
final class Browser {

    private Browser() {
    }

    static WebDriver start(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("minewatch.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1440,900", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("minewatch.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Opens the portal, which sends an anonymous visitor to sign in, and signs in. */
    static void signIn(WebDriver driver, java.net.URL base, String user, String password) {
        driver.get(base.toString());
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    /**
     * Runs an action that triggers an ajax update of the given element and waits until the update has
     * replaced it and no ajax is running: the old element going stale proves the request happened, so a
     * check that the queue is empty cannot pass before the request has even started.
     */
    static void guardAjax(WebDriver driver, By updated, Runnable action) {
        WebElement before = driver.findElement(updated);
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
        waitForAjax(driver);
    }

    /**
     * Chooses an item of a PrimeFaces selectOneMenu as a person does: opens it, waits until its panel has
     * finished opening (a click during the animation can miss), scrolls the item into the panel's view,
     * clicks it.
     */
    static void choose(WebDriver driver, String menuId, String label) {
        driver.findElement(By.id(menuId)).click();
        String panel = menuId + "_panel";
        waiting(driver).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var p = document.getElementById(arguments[0]);"
                        // PrimeFaces opens overlays with a CSS transition, marked done by this class
                        + " return p !== null && window.getComputedStyle(p).display !== 'none'"
                        + " && p.classList.contains('ui-connected-overlay-enter-done');", panel));
        WebElement item = driver.findElement(By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']"));
        // scroll the panel, not the window: PrimeFaces closes an open menu when the window scrolls
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
        waiting(driver).until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    /** Waits until PrimeFaces has no ajax request queued or running, instead of sleeping. */
    static void waitForAjax(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /**
     * Saves what the browser shows as web/target/screenshots/{name}.png (the folder in
     * minewatch.screenshots, if set), for a person to look at after the run; the README's pictures are
     * chosen from these.
     */
    static java.nio.file.Path screenshot(WebDriver driver, String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("minewatch.screenshots", "target/screenshots"));
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Path file = folder.resolve(name + ".png");
            java.nio.file.Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not save the screenshot " + name, e);
        }
    }

    static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
