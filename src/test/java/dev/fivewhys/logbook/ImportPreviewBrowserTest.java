package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The import preview lists the failures the log names, and reads well at a desk's width and a phone's. */
@QuarkusTest
class ImportPreviewBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void thePreviewListsTheFailuresTheSeedNamesAtBothWidths() throws IOException {
        Fixtures.standardUsers();
        LogImports.forgetImports();
        long project = Fixtures.project("browser-import-preview").id;
        try (Browser browser = Browser.start(app)) {
            browser.logIn("engineer");
            browser.open("sessions/import");
            new Select(browser.driver.findElement(By.id("projectId"))).selectByValue(String.valueOf(project));
            // set by script: chromedriver cannot type the log's emoji
            browser.script("document.getElementById('text').value = arguments[0]", Seeds.read(Seeds.GOLDEN_PATH));
            browser.driver.findElement(By.cssSelector("form[action='/sessions/import'] button[type=submit]")).click();
            WebElement failures = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//section[h2='Failures the log names']")));
            List<WebElement> items = failures.findElements(By.tagName("li"));
            assertEquals(2, items.size(), failures.getText());
            assertTrue(items.get(0).getText().contains("ConnectionClosedError") && items.get(0).getText()
                    .contains("new failure"), items.get(0).getText());
            assertTrue(items.get(1).getText().contains("cannot import name 'get_db_session_factory'")
                    && items.get(1).getText().contains("the log's analysis is about it"), items.get(1).getText());
            for (int width : new int[] { 1280, 390 }) {
                browser.resize(width, 900);
                browser.script("arguments[0].scrollIntoView()", failures);
                browser.screenshot("import-preview-failures-" + width + ".png");
                assertEquals(List.of(), browser.widerThanTheViewport(), "at " + width + " px");
            }
        }
    }
}
