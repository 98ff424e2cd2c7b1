package dev.fivewhys.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The webhook form refusing the cloud's metadata address, in Chromium on a wide screen and on a phone: saved to
 * target/screenshots/ for people to look at, the message beside the address and nothing wider than the phone.
 */
@QuarkusTest
@TestProfile(PrivateAddressesRefused.class)
class HookFormBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void theRefusalIsBesideTheAddressOnAWideScreenAndAPhone() throws IOException {
        Fixtures.project("hook-form");
        try (Browser browser = Browser.start(app)) {
            browser.logIn("admin");
            for (int width : new int[] { 1280, 390 }) {
                browser.resize(width, 844);
                browser.open("projects/hook-form/notifications");
                browser.driver.findElement(By.id("url")).sendKeys("http://169.254.169.254/latest/meta-data/");
                browser.driver.findElement(By.id("secret")).sendKeys("receiver-secret");
                browser.driver.findElement(By.cssSelector("input[name=events][value=FIX_VERIFIED]")).click();
                browser.driver.findElement(By.cssSelector("form.card button[type=submit]")).click();
                // the answer is a new page: wait for it rather than reading the form still shown
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("url-error")));
                assertEquals("169.254.169.254 is link-local, where clouds answer with their metadata (169.254.0.0/16): "
                        + "notifications are only sent to public addresses",
                        browser.driver.findElement(By.id("url-error")).getText());
                browser.screenshotWholePage("notifications-refused-" + width + ".png");
                assertEquals(List.of(), browser.widerThanTheViewport(), "what sticks out sideways at " + width);
            }
        }
    }
}
