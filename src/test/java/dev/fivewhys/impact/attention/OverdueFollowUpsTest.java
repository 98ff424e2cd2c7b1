package dev.fivewhys.impact.attention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.RootCauseCategory;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.followup.FollowUpStatus;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.FollowUpFixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The impact page counts overdue follow-ups and lists the oldest in Needs attention; a root-cause category whose
 * follow-ups are mostly done and still recurs says so.
 */
@QuarkusTest
class OverdueFollowUpsTest {

    static final String PROJECT = "overdue-follow-ups";

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void overdueFollowUpsAreCountedAndTheOldestListedFirst() {
        var chain = AnalysisFixtures.chain(PROJECT);
        long newer = FollowUpFixtures.followUp(chain.analysis(), "Alert on 1011 errors", "engineer",
                LocalDate.parse("2025-09-20"));
        long older = FollowUpFixtures.followUp(chain.analysis(), "Track cross-module imports", null,
                LocalDate.parse("2025-09-12"));
        FollowUpFixtures.followUp(chain.analysis(), "Not due yet", null, LocalDate.parse("2999-01-01"));
        FollowUpFixtures.followUp(chain.analysis(), "Done late", null, LocalDate.parse("2025-09-01"),
                FollowUpStatus.DONE);

        String page = WebClient.loginAs("manager").get("/impact?project=" + PROJECT).asString();
        assertTrue(page.contains("<strong>2 overdue follow-ups</strong>"), page);
        int olderAt = page.indexOf("Follow-up #" + older + ": Track cross-module imports");
        int newerAt = page.indexOf("Follow-up #" + newer + ": Alert on 1011 errors");
        assertTrue(olderAt > 0 && newerAt > olderAt, "both listed, the oldest first");
        assertTrue(page.contains("P2 priority, due 2025-09-12, nobody owns it; of analysis #" + chain.analysis()));
        assertTrue(!page.contains("Not due yet") && !page.contains("Done late"));
        String markdown = WebClient.loginAs("manager").get("/impact/report.md?project=" + PROJECT).asString();
        assertTrue(markdown.contains("**2 overdue follow-up(s)**"), markdown);
    }

    @Test
    void aCategoryWhosePreventionIsMostlyDoneYetRecursIsShownAsSuch() {
        var chain = AnalysisFixtures.chain(PROJECT + "-categories");
        QuarkusTransaction.requiringNew().run(() -> {
            Analysis analysis = Analysis.findById(chain.analysis());
            analysis.category = RootCauseCategory.findById(chain.category());
            ((Failure) Failure.findById(chain.failure())).recurring = true;
        });
        FollowUpFixtures.followUp(chain.analysis(), "Track imports", null, null, FollowUpStatus.DONE);
        FollowUpFixtures.followUp(chain.analysis(), "Validate in CI", null, null, FollowUpStatus.DONE);
        FollowUpFixtures.followUp(chain.analysis(), "Write it down", null, null);
        String name = QuarkusTransaction.requiringNew()
                .call(() -> ((RootCauseCategory) RootCauseCategory.findById(chain.category())).name);

        String page = WebClient.loginAs("manager").get("/impact?project=" + PROJECT + "-categories").asString();
        String row = page.substring(page.indexOf("<tr class=\"done-yet-recurs\"><td>" + name + "</td>"));
        assertTrue(row.startsWith("<tr class=\"done-yet-recurs\"><td>" + name + "</td><td class=\"num\">2 of 3</td>"
                + "<td class=\"num\">1</td>"), row.substring(0, Math.min(300, row.length())));
        assertTrue(row.substring(0, 400).contains("Prevention mostly done, still recurs"));
    }
}
