package dev.fivewhys.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The fix form's checks (lines, commit, pull request) and the status steps, through the pages. */
@QuarkusTest
class FixPagesTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void linesCommitAndPullRequestAreCheckedBesideTheirFieldsAndKeptAsTyped() {
        Chain chain = AnalysisFixtures.chain("fix-pages");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/fixes/new?analysis=" + chain.analysis()).then().statusCode(200);
        Map<String, Object> form = form(chain.analysis());
        form.put("commitSha", "8365g3012");
        form.put("pullRequest", "https://github.com/other/repo/pull/1");
        form.put("filePath", List.of("/app/factory.py", "/app/other.py", ""));
        form.put("fileLines", List.of("2352-2353, 2465-", "10-5", "12"));
        Response response = engineer.post("/fixes", form);

        assertEquals(400, response.statusCode());
        String page = response.asString();
        assertTrue(page.contains("<p class=\"error\" id=\"commitSha-error\">&quot;8365g3012&quot; is not a commit SHA: "
                + "use only the characters 0-9 and a-f</p>"), page);
        assertTrue(page.contains("<p class=\"error\" id=\"pullRequest-error\">That pull request is in other/repo, "
                + "but this project&#39;s repository is acme/fix-pages</p>"));
        assertTrue(page.matches("(?s).*id=\"fileLines-1\".*?<p class=\"error\" id=\"fileLines-1-error\">"
                + "&quot;2465-&quot; is missing the last line of the range</p>.*"), "beside the first file's lines");
        assertTrue(page.contains("id=\"fileLines-2-error\">&quot;10-5&quot;: the range ends before it starts; write 5-10</p>"));
        assertTrue(page.contains("id=\"filePath-3-error\">Give the path of the changed file</p>"));
        assertTrue(page.contains("value=\"2352-2353, 2465-\""), "the lines are kept as typed");
        assertTrue(page.contains("value=\"8365g3012\""));

        form.put("commitSha", "8365F3012");
        form.put("pullRequest", "#156");
        form.put("filePath", List.of("/app/factory.py"));
        form.put("fileLines", List.of("2465-2466,2352–2353"));
        String fixPath = path(engineer.post("/fixes", form));
        page = engineer.get(fixPath).asString();
        assertTrue(page.contains("<code>/app/factory.py</code> (lines 2352-2353, 2465-2466)"), "canonical ranges");
        assertTrue(page.contains("<code>8365f3012</code>"));
        assertTrue(page.contains("href=\"https://github.com/acme/fix-pages/pull/156\""));
    }

    @Test
    void withoutJavaScriptAFileRowCanBeAddedAndRemovedKeepingWhatWasTyped() {
        Chain chain = AnalysisFixtures.chain("fix-pages");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/fixes/new?analysis=" + chain.analysis());
        Map<String, Object> form = form(chain.analysis());
        form.put("filePath", List.of("/a.py", "/b.py"));
        form.put("fileLines", List.of("1-2", "3"));
        form.put("action", "add-file");
        String page = engineer.post("/fixes", form).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"filePath-3\""), "a third row");
        assertTrue(page.contains("value=\"/b.py\"") && page.contains("value=\"1-2\""));
        form.put("action", "remove-file-1");
        page = engineer.post("/fixes", form).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"filePath-1\" name=\"filePath\" value=\"/b.py\""));
        assertFalse(page.contains("value=\"/a.py\""));
    }

    @Test
    void theStatusMovesOneStepAtATime() {
        Chain chain = AnalysisFixtures.chain("fix-pages");
        WebClient engineer = WebClient.loginAs("engineer");
        String fixPath = "/fixes/" + chain.fix();
        assertTrue(engineer.get(fixPath).asString().contains("Mark as Merged"));
        engineer.post(fixPath + "/status", Map.of("status", "MERGED")).then().statusCode(303);
        String page = engineer.post(fixPath + "/status", Map.of("status", "VERIFIED")).then().statusCode(400).extract()
                .asString();
        assertTrue(page.contains("A merged fix can next become deployed, not verified"));
        assertTrue(engineer.get(fixPath).asString().contains("Mark as Deployed"));
    }

    @Test
    void recordingAFixMovesTheFailureToFixInProgress() {
        Chain chain = AnalysisFixtures.chain("fix-pages");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/fixes/new?analysis=" + chain.analysis());
        path(engineer.post("/fixes", form(chain.analysis())));
        Failure failure = QuarkusTransaction.requiringNew().call(() -> Failure.findById(chain.failure()));
        assertEquals(FailureStatus.FIX_IN_PROGRESS, failure.status);
    }

    @Test
    void aSecondConcurrentSaveIsToldOfTheConflict() {
        Chain chain = AnalysisFixtures.chain("fix-pages");
        WebClient alice = WebClient.loginAs("engineer");
        WebClient bob = WebClient.loginAs("admin");
        alice.get("/fixes/" + chain.fix() + "/edit");
        bob.get("/fixes/" + chain.fix() + "/edit");
        Map<String, Object> form = form(chain.analysis());
        form.put("summary", "Alice's summary");
        alice.post("/fixes/" + chain.fix(), form).then().statusCode(303);
        form.put("summary", "Bob's summary");
        String page = bob.post("/fixes/" + chain.fix(), form).then().statusCode(409).extract().asString();
        assertTrue(page.contains("Someone else saved this fix") && page.contains("Bob"));
    }

    static Map<String, Object> form(long analysis) {
        Map<String, Object> form = new HashMap<>();
        form.put("analysisId", analysis);
        form.put("summary", "Update the import " + Instant.now());
        form.put("filePath", List.of(""));
        form.put("fileLines", List.of(""));
        form.put("testPath", List.of(""));
        form.put("testKind", List.of(""));
        form.put("status", "PROPOSED");
        form.put("version", "0");
        form.put("action", "save");
        return form;
    }

    static String path(Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        return response.header("Location").replaceFirst("^https?://[^/]+", "");
    }
}
