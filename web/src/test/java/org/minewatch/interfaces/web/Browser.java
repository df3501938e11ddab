package org.minewatch.interfaces.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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

    /**
     * A browser whose user reads the given language first: Chromium's interface language ({@code --lang})
     * and its Accept-Language preference ({@code intl.accept_languages}), which is what the portal reads.
     *
     * @param language a language tag or a preference list, such as {@code es} or {@code es-PE,es,en}
     */
    /** Where files the portal sends (exports) land. */
    static final Path DOWNLOADS = Path.of("target", "downloads");

    /**
     * Browsers a test has finished with, by language, for the next test of the same run: starting headless Chromium
     * and its driver takes about two seconds, paid some 120 times a run when every test started its own.
     */
    private static final Map<String, Deque<WebDriver>> IDLE = new ConcurrentHashMap<>();
    private static final Map<WebDriver, String> LANGUAGES = new ConcurrentHashMap<>();
    private static final Dimension WINDOW = new Dimension(1440, 900);
    /** How often a wait looks again ({@link #waiting(WebDriver, Duration)}). */
    private static final Duration POLL = Duration.ofMillis(50);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(WebDriver::quit)), "browsers-quit"));
    }

    /**
     * A browser for a test: one a test of the same language has finished with, else a new one. It holds no cookie,
     * no storage and no page of the test before ({@link #finish}).
     */
    static WebDriver start(String language) {
        WebDriver idle;
        while ((idle = IDLE.computeIfAbsent(language, l -> new ConcurrentLinkedDeque<>()).pollFirst()) != null) {
            try {
                idle.getWindowHandle(); // still answering: not crashed, no dialog left open
                return idle;
            } catch (WebDriverException gone) {
                LANGUAGES.remove(idle);
                idle.quit();
            }
        }
        WebDriver started = launch(language);
        LANGUAGES.put(started, language);
        return started;
    }

    /**
     * Ends a test's use of a browser, as closing it would for the portal: its cookies (the session), storage and cache
     * cleared, a blank page, the usual window; then kept for the next test of its language. One that no longer answers
     * as it should is quit.
     */
    static void finish(WebDriver driver) {
        String language = LANGUAGES.get(driver);
        try {
            if (language == null || driver.getWindowHandles().size() != 1) {
                throw new WebDriverException("not a browser to keep");
            }
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            java.net.URI page = java.net.URI.create(driver.getCurrentUrl());
            if (page.getScheme() != null && page.getScheme().startsWith("http")) {
                chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", page.getScheme() + "://" + page.getAuthority(), "storageTypes", "all"));
            }
            driver.get("about:blank");
            driver.manage().window().setSize(WINDOW);
            IDLE.get(language).addLast(driver);
        } catch (WebDriverException broken) {
            LANGUAGES.remove(driver);
            driver.quit();
        }
    }

    private static WebDriver launch(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("minewatch.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(), "--lang=" + language.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", DOWNLOADS.toAbsolutePath().toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("minewatch.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Opens the portal, which sends an anonymous visitor to sign in, and signs in; returns once the sign-in's answer
     * has replaced the page (the landing page, or the sign-in page again when refused), so that a test's next
     * {@code get} cannot cut the sign-in short.
     */
    static void signIn(WebDriver driver, java.net.URL base, String user, String password) {
        driver.get(base.toString());
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        WebElement submit = driver.findElement(By.id("login:submit"));
        submit.click();
        // gone from the page: Chromium says so as a stale element or, while the next page replaces it, as a node
        // "that does not belong to the document"
        waiting(driver).until(d -> {
            try {
                submit.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * Runs an action that triggers an ajax update of the given element and waits until the update has
     * replaced it and no ajax is running: the old element going stale proves the request happened, so a
     * check that the queue is empty cannot pass before the request has even started.
     */
    static void guardAjax(WebDriver driver, By updated, Runnable action) {
        WebElement before = driver.findElement(updated);
        action.run();
        waiting(driver).until(ExpectedConditions.stalenessOf(before));
        waitForAjax(driver);
    }

    /**
     * Chooses an item of a PrimeFaces selectOneMenu as a person does: opens it, waits until its panel has
     * finished opening (a click during the animation can miss), scrolls the item into the panel's view,
     * clicks it.
     */
    static void choose(WebDriver driver, String menuId, String label) {
        String panel = menuId + "_panel";
        // a menu clicked while the page still settles (a dialog closing, a message appearing) may close again at once, as
        // PrimeFaces closes overlays when the page moves: clicked again, as a person would, at most three times
        for (int attempt = 1; ; attempt++) {
            driver.findElement(By.id(menuId)).click();
            try {
                waiting(driver, Duration.ofSeconds(5)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "var p = document.getElementById(arguments[0]);"
                                // PrimeFaces opens overlays with a CSS transition, marked done by this class
                                + " return p !== null && window.getComputedStyle(p).display !== 'none'"
                                + " && p.classList.contains('ui-connected-overlay-enter-done');", panel));
                break;
            } catch (org.openqa.selenium.TimeoutException notOpen) {
                if (attempt == 3) {
                    throw notOpen;
                }
            }
        }
        WebElement item = driver.findElement(By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']"));
        // scroll the panel, not the window: PrimeFaces closes an open menu when the window scrolls
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
        waiting(driver).until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    /** Waits until PrimeFaces has no ajax request queued or running, instead of sleeping. */
    static void waitForAjax(WebDriver driver) {
        waiting(driver).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /**
     * Saves what the browser shows, whole page, as {@code NAME.png} in {@code target/screenshots} (or the
     * folder named by minewatch.screenshots, such as docs/screenshots when retaking the README's): to look at
     * what a test saw, and to keep the README's pictures true.
     */
    static void screenshot(WebDriver driver, String name) {
        try {
            Path folder = Path.of(System.getProperty("minewatch.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            // headless Chromium shows only its window: make the window as tall as the page for the picture
            Dimension window = driver.manage().window().getSize();
            long height = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height, window.getHeight()), 6000)));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(window);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException("Screenshot " + name + " not saved", e);
        }
    }

    /** The text of a table row's cell, by its place among the row's own cells (not those of a table inside it). */
    static String cell(WebElement row, int index) {
        return row.findElements(By.xpath("./td")).get(index).getText().trim();
    }

    /** Waits for a download to finish (Chromium writes it under another name until then) and reads it. */
    static String downloaded(WebDriver driver, String fileName) {
        Path file = DOWNLOADS.resolve(fileName);
        waiting(driver).until(d -> Files.isRegularFile(file));
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the server answered a button with: the name it gave (Content-Disposition) and the bytes. */
    record Download(String fileName, byte[] content) {
    }

    /**
     * Submits a form as its non-ajax button does (the form's fields, the button's name) from inside the page, with
     * the page's session, and returns the file the server answers: headless Chromium holds a PDF or a workbook
     * fetched over plain HTTP in its download shelf (.crdownload) instead of saving it.
     */
    static Download submitForDownload(WebDriver driver, String formId, String buttonId) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        @SuppressWarnings("unchecked")
        List<String> answer = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var form = document.getElementById(arguments[0]);"
                        + " var data = new URLSearchParams(new FormData(form)); data.append(arguments[1], '');"
                        + " fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'}).then(function (r) {"
                        + "   return r.arrayBuffer().then(function (b) { var bytes = new Uint8Array(b), s = '';"
                        + "     for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }"
                        + "     done([r.status + '', r.headers.get('Content-Disposition') || '', btoa(s)]); }); })"
                        + " .catch(function (e) { done(['0', '', String(e)]); });", formId, buttonId);
        if (!answer.get(0).equals("200")) {
            throw new AssertionError("The server answered " + answer.get(0) + " to " + buttonId);
        }
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("filename=\"([^\"]+)\"").matcher(answer.get(1));
        return new Download(name.find() ? name.group(1) : "", java.util.Base64.getDecoder().decode(answer.get(2)));
    }

    /** Puts a whole text in a text area at once, as a paste does (typing 10 kB key by key takes long). */
    static void paste(WebDriver driver, By area, String text) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(area), text);
    }

    static WebDriverWait waiting(WebDriver driver) {
        return waiting(driver, Duration.ofSeconds(15));
    }

    /**
     * Waits up to the timeout, looking every 50 ms: Selenium's default of 500 ms lost a quarter of a second on average
     * at each of the suite's thousands of waits, most of which end within a few tens of milliseconds.
     */
    static WebDriverWait waiting(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }
}
