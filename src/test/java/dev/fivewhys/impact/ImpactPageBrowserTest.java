package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.fivewhys.project.Project;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A manager opens the impact page in real Chromium: the figures, the charts, and a screenshot to look at. */
@QuarkusTest
class ImpactPageBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theManagersHomeShowsTheFiguresAndDrawsItsCharts() throws IOException {
        Fixtures.standardUsers();
        long project = Fixtures.project("impact-browser").id;
        QuarkusTransaction.requiringNew().run(() -> {
            TestSession session = new TestSession();
            session.project = Project.findById(project);
            session.title = "Golden Path P0 Continuation";
            session.status = SessionStatus.RUNNING;
            session.startedAt = Instant.now().minusSeconds(3 * 24 * 3600);
            session.impact.amountMinor = 55_000_000L;
            session.impact.currency = "USD";
            session.impact.basis = ImpactBasis.MRR;
            session.createdAt = session.startedAt;
            session.updatedAt = session.startedAt;
            session.persist();
        });
        AnalysisFixtures.chain("impact-browser");

        try (Browser browser = Browser.start(app)) {
            browser.logIn("manager");
            assertTrue(browser.driver.getCurrentUrl().endsWith("/impact"), "the impact page is a manager's home");
            browser.open("impact?project=impact-browser");
            String page = browser.driver.getPageSource();
            assertTrue(page.contains("$550,000 MRR"), "revenue at risk now");
            List<WebElement> charts = browser.driver.findElements(By.cssSelector("svg.chart"));
            assertEquals(2, charts.size(), "trend and root causes are drawn; recovery has nothing to chart yet");
            for (WebElement chart : charts) {
                assertTrue(chart.getSize().getWidth() > 300, "the chart is laid out, not empty");
                assertTrue(!chart.findElement(By.tagName("title")).getAttribute("textContent").isBlank(),
                        "each chart has a text alternative");
            }
            assertTrue(browser.driver.findElements(By.cssSelector("svg.chart polyline")).size() >= 2, "lines are drawn");
            assertTrue(browser.driver.findElements(By.cssSelector("svg.chart rect")).size() >= 1, "Pareto bars are drawn");
            assertTrue(Files.size(browser.screenshot("impact-page.png")) > 10_000);
        }
    }
}
