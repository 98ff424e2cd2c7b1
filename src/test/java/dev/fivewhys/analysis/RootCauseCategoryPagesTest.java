package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RootCauseCategoryPagesTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void theMigrationSeedsTheDefaultCategoriesInOrder() {
        var names = QuarkusTransaction.requiringNew().call(() -> RootCauseCategory.listAll().stream()
                .filter(c -> c.position <= RootCauseCategory.DEFAULT_NAMES.size()).map(c -> c.name).toList());
        assertEquals(RootCauseCategory.DEFAULT_NAMES, names);
    }

    @Test
    void adminsAddRenameAndRetireCategoriesAndTheFormOffersOnlyActiveOnes() {
        WebClient admin = WebClient.loginAs("admin");
        admin.get("/admin/root-causes").then().statusCode(200);
        admin.post("/admin/root-causes", Map.of("name", "flaky environment")).then().statusCode(303);
        String page = admin.post("/admin/root-causes", Map.of("name", "Flaky Environment")).then().statusCode(400)
                .extract().asString();
        assertTrue(page.contains("id=\"name-error\">There is already a category with this name</p>"));

        long id = QuarkusTransaction.requiringNew()
                .call(() -> RootCauseCategory.findByName("flaky environment").orElseThrow().id);
        admin.post("/admin/root-causes/" + id, Map.of("name", "staging environment")).then().statusCode(303);
        page = admin.post("/admin/root-causes/" + id, Map.of("name", "configuration")).then().statusCode(400).extract()
                .asString();
        assertTrue(page.contains("id=\"name-" + id + "-error\">There is already a category with this name</p>"));
        assertTrue(page.contains("value=\"configuration\""), "the typed name is kept");

        long failure = AnalysisFixtures.failure("categories", "TimeoutError", "timed out");
        WebClient engineer = WebClient.loginAs("engineer");
        assertTrue(engineer.get("/failures/" + failure + "/analyses/new").asString().contains(">staging environment</option>"));
        admin.post("/admin/root-causes/" + id + "/active", Map.of("active", "false")).then().statusCode(303);
        assertFalse(engineer.get("/failures/" + failure + "/analyses/new").asString().contains("staging environment"),
                "a retired category is not offered to new analyses");
        assertTrue(admin.get("/admin/root-causes").asString().contains("retired"));
    }
}
