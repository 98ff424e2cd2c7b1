package dev.fivewhys.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
 * The real Chromium of the Debian packages, driven by Selenium for the browser journeys. Nothing is
 * downloaded: the driver and browser paths are given, and a missing browser fails the build.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Path profile;
    private final URL app;

    private Browser(WebDriver driver, Path profile, URL app) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.profile = profile;
        this.app = app;
    }

    public static Browser start(URL app) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                    + ": install the Debian packages chromium and chromium-driver (.ci/run does).");
        }
        // Never let Selenium Manager look for (or download) a driver or a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("fivewhys-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the console, for what the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run", "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,2000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile, app);
    }

    /**
     * Waits until an element has left the page, e.g. a form that was sent and answered with a new page. Chrome reports
     * such an element either as stale or, when it is asked while the old page goes, with an inspector error that the
     * node "does not belong to the document": both mean gone.
     */
    public void waitUntilGone(WebElement element) {
        wait.until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (leftTheDocument(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Waits until the element found by the locator holds the text. Read while a sent form's answer replaces the page,
     * the element found may be the old page's, gone by the time its text is asked: not yet, rather than an error.
     */
    public void waitForText(By locator, String text) {
        wait.until(driver -> {
            try {
                return ExpectedConditions.textToBePresentInElementLocated(locator, text).apply(driver);
            } catch (WebDriverException e) {
                if (leftTheDocument(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    private static boolean leftTheDocument(WebDriverException e) {
        return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Opens a path of the app, e.g. "impact" or "fixes/12". */
    public void open(String path) {
        driver.get(app + path);
    }

    /** Logs in through the login form; the password is the one {@link Fixtures#user} gives. */
    public void logIn(String username) {
        driver.manage().deleteAllCookies();
        open("login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username + Fixtures.PASSWORD_SUFFIX);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** What the page wrote to the console since the last call (errors, CSP refusals…). */
    public java.util.List<String> console() {
        return driver.manage().logs().get("browser").getAll().stream().map(Object::toString).toList();
    }

    /** Saves what the browser shows to target/screenshots/NAME, for people to look at. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Makes the viewport exactly this size (a phone is 390 × 844). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        if (innerWidth != width) {
            // the window has a frame of its own: grow it by the difference
            driver.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, height));
        }
    }

    /** Saves the whole page, not just the viewport, at the current width: the window grows to the page's height. */
    public Path screenshotWholePage(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 100, 16_000)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * What sticks out of the viewport sideways: the page's own width if it scrolls, and each rendered element reaching
     * past either edge that is not inside a box of its own that scrolls or clips (a wide table in its scroll box).
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> widerThanTheViewport() {
        return (java.util.List<String>) script("""
                const width = document.documentElement.clientWidth;
                const found = [];
                if (document.documentElement.scrollWidth > width) {
                  found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
                }
                const contained = el => {
                  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') { return true; }
                  }
                  return false;
                };
                for (const el of document.body.querySelectorAll('*')) {
                  const box = el.getBoundingClientRect();
                  if (box.width === 0 || box.height === 0 || box.bottom < 0 || !el.checkVisibility()) { continue; }
                  if ((box.right > width + 0.5 || box.left < -0.5) && !contained(el)) {
                    found.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined
                        ? '.' + el.className : '') + ' ' + Math.round(box.left) + '..' + Math.round(box.right)
                        + ': ' + (el.textContent || '').trim().slice(0, 40));
                  }
                }
                return found;""");
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
