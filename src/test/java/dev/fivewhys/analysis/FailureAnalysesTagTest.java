package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The tag the failure page (another feature) includes: its analyses, their fixes and each fix's go/no-go. Rendered
 * here outside a request, so as nobody in particular.
 */
@QuarkusTest
class FailureAnalysesTagTest {

    @Inject
    Engine engine;

    @Test
    void listsTheFailuresAnalysesWithTheirFixesAndGoNoGo() {
        Chain chain = AnalysisFixtures.chain("tag");
        String html = QuarkusTransaction.requiringNew().call(() -> {
            Failure failure = Failure.findById(chain.failure());
            return engine.parse("{#failureAnalyses analyses=analyses failureId=failure.id /}")
                    .data("analyses", Analysis.listForFailure(failure)).data("failure", failure).render();
        });
        assertTrue(html.contains("<a href=\"/analyses/" + chain.analysis() + "\">Analysis #" + chain.analysis() + "</a>"));
        assertTrue(html.contains("A moved import"), "the root cause");
        assertTrue(html.contains("<a href=\"/fixes/" + chain.fix() + "\">Fix #" + chain.fix() + "</a>"));
        assertTrue(html.contains("<strong>GO</strong> · ready to deploy"), "the fixture's audit approves, stability says GO");
    }

    @Test
    void saysWhenNobodyHasAnalysedItYetAndOffersTheStartButtonOnlyToThoseWhoMayWrite() {
        long failureId = AnalysisFixtures.failure("tag", "TimeoutError", "timed out");
        String html = QuarkusTransaction.requiringNew().call(() -> {
            Failure failure = Failure.findById(failureId);
            return engine.parse("{#failureAnalyses analyses=analyses failureId=failure.id /}")
                    .data("analyses", Analysis.listForFailure(failure)).data("failure", failure).render();
        });
        assertTrue(html.contains("Nobody has analysed this failure yet."));
        assertTrue(!html.contains("Start an analysis"), "rendered here without a login: nobody who may write");
    }
}
