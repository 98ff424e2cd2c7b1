package dev.fivewhys.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.security.Role;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Race;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Several people (or scripts) saving the same record at the same moment: one save wins, the others are told with a
 * 409 that someone was faster, and nobody sees a 500.
 */
@QuarkusTest
class ConcurrentEditTest {

    private static final int EDITORS = 8;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        for (int i = 0; i < EDITORS; i++) {
            Fixtures.user("editor-" + i, Role.ENGINEER);
        }
    }

    @Test
    void simultaneousSavesOfOneAnalysisFormEndInOneSuccessAndConflicts() throws Exception {
        long analysis = AnalysisFixtures.chain("concurrent-edit").analysis();
        List<WebClient> editors = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            WebClient editor = WebClient.loginAs("editor-" + i);
            editor.get("/analyses/" + analysis + "/edit").then().statusCode(200);
            editors.add(editor);
        }
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            WebClient editor = editors.get(i);
            String text = "Saved by editor " + i;
            saves.add(() -> editor.post("/analyses/" + analysis, Map.of("problemStatement", text, "why", "Because",
                    "rootCause", "Race", "action", "save", "version", "0")));
        }
        assertOneWinner(Race.run(saves), 303);
    }

    @Test
    void simultaneousApiUpdatesOfOneAnalysisEndInOneSuccessAndConflicts() throws Exception {
        long analysis = AnalysisFixtures.chain("concurrent-edit").analysis();
        List<Callable<Response>> updates = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String user = "editor-" + i;
            Map<String, Object> body = Map.of("problemStatement", "Updated by " + user,
                    "whys", List.of(Map.of("answer", "Because")), "rootCause", "Race", "version", 0);
            updates.add(() -> given().auth().preemptive().basic(user, user + Fixtures.PASSWORD_SUFFIX)
                    .contentType("application/json").body(body).put("/api/analyses/" + analysis));
        }
        assertOneWinner(Race.run(updates), 200);
    }

    @Test
    void projectsCreatedWithOneSlugAtOnceEndInOneProjectAndConflicts() throws Exception {
        List<Callable<Response>> creates = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            creates.add(() -> given().auth().preemptive().basic("admin", "admin-password").contentType("application/json")
                    .body(Map.of("name", "Raced", "slug", "raced-slug")).post("/api/projects"));
        }
        assertOneWinner(Race.run(creates), 201);
        assertEquals(1, Uploads.number("select count(*) from project where slug = 'raced-slug'"));
    }

    @Test
    void usersCreatedWithOneNameAtOnceEndInOneUserAndConflicts() throws Exception {
        List<Callable<Response>> creates = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            WebClient admin = WebClient.loginAs("admin", "admin-password");
            admin.get("/admin/users");
            creates.add(() -> admin.post("/admin/users",
                    Map.of("username", "raced-user", "password", "a-long-password", "role", "manager")));
        }
        assertOneWinner(Race.run(creates), 303, 400, 409);
        assertEquals(1, Uploads.number("select count(*) from app_user where username = 'raced-user'"));
    }

    /**
     * One answer is the success; every other one is a refusal that says why: a 409, or for a name that is taken the
     * form again with its 400 (when the loser looked after the winner had saved).
     */
    private static void assertOneWinner(List<Response> responses, int success, Integer... refusals) {
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == success).count(),
                "one save wins: " + statuses + " " + responses.get(0).asString());
        List<Integer> allowed = refusals.length == 0 ? List.of(409) : List.of(refusals);
        assertEquals(responses.size() - 1, statuses.stream().filter(allowed::contains).count(),
                "the others are refused with " + allowed + ": " + statuses);
        responses.stream().filter(r -> r.statusCode() != success).forEach(r -> assertTrue(
                r.asString().contains("Someone else") || r.asString().contains("already") || r.asString().contains("taken")
                        || r.asString().contains("version"),
                "the loser is told what happened: " + r.asString()));
    }
}
