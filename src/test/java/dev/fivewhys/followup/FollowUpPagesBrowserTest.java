package dev.fivewhys.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.notify.NotificationDelivery;
import dev.fivewhys.notify.NotificationEvent;
import dev.fivewhys.notify.NotificationHook;
import dev.fivewhys.project.Project;
import dev.fivewhys.security.User;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.FollowUpFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pages issue 15 adds or changes, in Chromium on a wide screen and on a phone: saved to target/screenshots/ for
 * people to look at, and none wider than a phone's screen.
 */
@QuarkusTest
class FollowUpPagesBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void everyFollowUpPageFitsAWideScreenAndAPhone() throws IOException {
        var chain = AnalysisFixtures.chain("follow-up-pages");
        QuarkusTransaction.requiringNew().run(() -> {
            Analysis analysis = Analysis.findById(chain.analysis());
            analysis.preventionStrategy = "- Implement cross-module dependency tracking and validation\n"
                    + "- Deployment check that verifies a signed test webhook end to end";
            analysis.owner = User.findByUsername("engineer").orElseThrow();
            Failure failure = Failure.findById(chain.failure());
            failure.recurring = true;
            failure.owner = analysis.owner;
        });
        long followUp = FollowUpFixtures.followUp(chain.analysis(),
                "Implement cross-module dependency tracking and validation", "engineer", LocalDate.parse("2025-09-12"));
        FollowUpFixtures.followUp(chain.analysis(), "Alert when WebSocket 1011 errors appear in staging", null,
                LocalDate.parse("2999-09-30"));
        QuarkusTransaction.requiringNew().run(() -> {
            NotificationHook hook = new NotificationHook();
            hook.project = Project.findBySlug("follow-up-pages").orElseThrow();
            hook.url = "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX";
            hook.secret = "secret-for-pages";
            hook.events = "SESSION_NO_GO,FAILURE_RECURRED,FOLLOW_UP_OVERDUE,FIX_VERIFIED";
            hook.createdAt = Instant.now();
            hook.persist();
            NotificationDelivery delivery = new NotificationDelivery();
            delivery.hook = hook;
            delivery.event = NotificationEvent.FAILURE_RECURRED;
            delivery.payload = "{\"text\": \"Failure came back\"}";
            delivery.state = NotificationDelivery.State.DELIVERED;
            delivery.attempts = 2;
            delivery.responseStatus = 200;
            delivery.responseBody = "ok";
            delivery.lastError = "Attempt 1: HTTP 500";
            delivery.nextAttemptAt = Instant.now();
            delivery.createdAt = Instant.now();
            delivery.persist();
        });

        List<String> tooWide = new ArrayList<>();
        try (Browser browser = Browser.start(app)) {
            browser.logIn("admin");
            shoot(browser, "analyses/" + chain.analysis(), "followups-analysis", tooWide);
            shoot(browser, "follow-ups/" + followUp, "followups-detail", tooWide);
            shoot(browser, "follow-ups/" + followUp + "/edit", "followups-form", tooWide);
            shoot(browser, "failures/" + chain.failure(), "followups-failure", tooWide);
            shoot(browser, "impact?project=follow-up-pages", "followups-impact", tooWide);
            shoot(browser, "projects/follow-up-pages/notifications", "followups-notifications", tooWide);
            browser.logIn("engineer");
            shoot(browser, "my-work", "followups-my-work", tooWide);
        }
        assertEquals(List.of(), tooWide, "what sticks out sideways on a phone");
    }

    private static void shoot(Browser browser, String path, String name, List<String> tooWide) throws IOException {
        browser.resize(1280, 900);
        browser.open(path);
        browser.screenshotWholePage(name + "-1280.png");
        browser.resize(390, 844);
        browser.open(path);
        browser.screenshotWholePage(name + "-390.png");
        browser.widerThanTheViewport().forEach(what -> tooWide.add(path + ": " + what));
    }
}
