package dev.fivewhys.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * In real Chromium, under the app's Content-Security-Policy: the pages' own scripts run (rows, uploads, printing) and
 * the browser refuses nothing; logging in, changing your password and logging out work as a person does them.
 */
@QuarkusTest
class SecurityBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        Fixtures.user("browsing", Role.ENGINEER);
    }

    @Test
    void thePagesScriptsRunUnderThePolicyAndNothingIsRefused() throws IOException {
        long session = Fixtures.session("csp-browser", "CSP session").session();
        long analysis = AnalysisFixtures.chain("csp-browser").analysis();
        try (Browser browser = Browser.start(app)) {
            browser.open("login");
            browser.screenshot("login-desktop.png");
            size(browser, 390, 844);
            browser.screenshot("login-390.png");
            size(browser, 1280, 2000);
            browser.logIn("admin");

            browser.open("analyses/" + analysis + "/edit");
            int whys = browser.driver.findElements(By.cssSelector("[data-rows=why] [data-row]")).size();
            browser.driver.findElement(By.cssSelector("button[value=add-why]")).click();
            assertEquals(whys + 1, browser.driver.findElements(By.cssSelector("[data-rows=why] [data-row]")).size(),
                    "static/rows.js added the row in the page");

            browser.open("impact");
            ((JavascriptExecutor) browser.driver).executeScript("window.print = function () { "
                    + "document.body.setAttribute('data-printed', 'yes'); };");
            browser.driver.findElement(By.cssSelector("button[data-print]")).click();
            assertEquals("yes", browser.driver.findElement(By.tagName("body")).getAttribute("data-printed"),
                    "static/print.js printed");

            for (String page : List.of("sessions/" + session, "admin/users", "profile", "failures", "github/sync")) {
                browser.open(page);
            }
            browser.open("admin/users");
            browser.screenshot("users-desktop.png");
            size(browser, 390, 844);
            browser.screenshot("users-390.png");
            List<String> refused = browser.console().stream().filter(line -> line.contains("Content Security Policy"))
                    .toList();
            assertEquals(List.of(), refused);
        }
    }

    @Test
    void aPersonChangesTheirPasswordAndLogsOut() throws IOException {
        Fixtures.user("browsing", Role.ENGINEER);
        try (Browser browser = Browser.start(app)) {
            browser.logIn("browsing");
            browser.open("profile");
            browser.driver.findElement(By.id("currentPassword")).sendKeys("browsing" + Fixtures.PASSWORD_SUFFIX);
            browser.driver.findElement(By.id("newPassword")).sendKeys("short");
            browser.driver.findElement(By.id("repeatPassword")).sendKeys("short");
            browser.driver.findElement(By.cssSelector("form[action='/profile/password'] button")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newPassword-error")));
            browser.screenshot("profile-password-error.png");
            size(browser, 390, 844);
            browser.screenshot("profile-390.png");
            size(browser, 1280, 2000);

            browser.driver.findElement(By.id("currentPassword")).sendKeys("browsing" + Fixtures.PASSWORD_SUFFIX);
            browser.driver.findElement(By.id("newPassword")).sendKeys("browsing" + Fixtures.PASSWORD_SUFFIX);
            browser.driver.findElement(By.id("repeatPassword")).sendKeys("browsing" + Fixtures.PASSWORD_SUFFIX);
            browser.driver.findElement(By.cssSelector("form[action='/profile/password'] button")).click();
            browser.waitForText(By.cssSelector(".flash"), "Password changed");

            // the layout's own logout form, with its CSRF token (submitted, as the menu holding it may be folded)
            browser.driver.findElement(By.cssSelector("form[action='/logout']")).submit();
            browser.wait.until(ExpectedConditions.urlContains("/login"));
            browser.open("sessions");
            assertTrue(browser.driver.getCurrentUrl().endsWith("/login"), "logged out for good");
        }
    }

    private static void size(Browser browser, int width, int height) {
        browser.driver.manage().window().setSize(new Dimension(width, height));
    }
}
