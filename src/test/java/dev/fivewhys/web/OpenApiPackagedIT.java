package dev.fivewhys.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.support.WebClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;

/**
 * The packaged app (what the image runs), started by {@code ./mvnw verify}: its API description is prepared at the
 * first request, not while it starts ({@code LazyOpenApiDocumentService}, which only the packaged app runs), and it
 * is the document the build wrote, in JSON and in YAML, with Swagger UI beside it.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = OpenApiPackagedIT.FreshSchema.class, restrictToAnnotatedClass = true)
class OpenApiPackagedIT {

    static final String ADMIN_PASSWORD = "packaged-admin-password";

    /**
     * An empty schema of its own (the test schema's name and "_packaged"), so that the app creates user "admin" with a
     * known password at its start. Left after the run, as the tests' schema is (the app's scheduled jobs may still
     * run while it stops), and dropped at the next.
     */
    public static class FreshSchema implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            String schema = System.getenv().getOrDefault("FIVEWHYS_TEST_DB_SCHEMA", "fivewhys_test") + "_packaged";
            execute("drop schema if exists " + schema + " cascade");
            return Map.of("fivewhys.db.schema", schema, "fivewhys.admin-password", ADMIN_PASSWORD,
                    "fivewhys.https", "false", "fivewhys.github.worker-enabled", "false",
                    "fivewhys.notify.worker-enabled", "false", "fivewhys.follow-ups.overdue-job", "false");
        }

        @Override
        public void stop() {
        }

        private static void execute(String sql) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:5432/postgres",
                    "postgres", "postgres"); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }
    }

    @Test
    void theApiDescriptionIsPreparedAtItsFirstRequestAndIsTheBuildsDocument() throws IOException {
        Path log = Path.of("target", "quarkus.log");
        String atStart = Files.readString(log);
        assertTrue(atStart.contains("started in"), atStart);
        assertTrue(!atStart.contains("Prepared the API's description"), atStart);

        WebClient admin = WebClient.loginAs("admin", ADMIN_PASSWORD);
        Response json = admin.get("/q/openapi?format=json");
        assertEquals(200, json.statusCode());
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(builtDocument(mapper), mapper.readTree(json.asString()), "the document the build wrote");
        Response yaml = admin.get("/q/openapi");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.asString().startsWith("---\nopenapi: "), yaml.asString().substring(0, 40));
        assertTrue(yaml.asString().contains("\n  /api/tests:\n"), "the API's paths");
        assertEquals(200, admin.get("/q/swagger-ui/").statusCode());

        String after = Files.readString(log);
        assertEquals(List.of("Prepared the API's description at its first request"),
                after.lines().filter(line -> line.contains("Prepared the API's description"))
                        .map(line -> line.replaceAll(".*(Prepared the API's description at its first request).*", "$1"))
                        .toList(),
                "prepared once, after the start");
    }

    /** The document the build wrote into the packaged app, which the extension prepares from. */
    private static JsonNode builtDocument(ObjectMapper mapper) throws IOException {
        try (ZipFile jar = new ZipFile("target/quarkus-app/quarkus/generated-bytecode.jar");
                InputStream in = jar.getInputStream(jar.getEntry("META-INF/quarkus-generated-openapi-doc.JSON"))) {
            return mapper.readTree(in);
        }
    }
}
