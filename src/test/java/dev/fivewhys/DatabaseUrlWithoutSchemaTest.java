package dev.fivewhys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The app started on the URL a deployment sets, naming only host and database: its tables are still in
 * {@code fivewhys.db.schema}, where Hibernate, the native SQL and the plain JDBC of result ingestion find them.
 */
@QuarkusTest
@TestProfile(DatabaseUrlWithoutSchemaTest.DatabaseOnly.class)
class DatabaseUrlWithoutSchemaTest {

    public static class DatabaseOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:5432/postgres");
        }
    }

    @ConfigProperty(name = "fivewhys.db.schema")
    String schema;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void pagesReadWhatCiWroteIntoTheConfiguredSchema() throws SQLException {
        Fixtures.standardUsers();
        long session = Fixtures.session("plain-url", "Session on a plain database URL").session();
        Uploads.api(session, Uploads.report("tests/e2e/staging/test_plain_url.py",
                new String[] { "test_login", "PASSED", null },
                new String[] { "test_checkout", "FAILED", "assert 'paid' == 'pending' (plain url)" }))
                .then().statusCode(201);

        WebClient manager = WebClient.loginAs("manager");
        String results = manager.get("/sessions/" + session + "/results").then().statusCode(200).extract().asString();
        assertTrue(results.contains("test_checkout"), results);
        String failures = manager.get("/failures").then().statusCode(200).extract().asString();
        assertTrue(failures.contains("plain url"), "the failure the upload grouped");
        manager.get("/impact").then().statusCode(200);

        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select current_schema(), to_regclass('" + schema + ".test_result') is not null")) {
            rows.next();
            assertEquals(schema, rows.getString(1), "every connection works in the configured schema");
            assertTrue(rows.getBoolean(2), "Flyway migrated the configured schema");
        }
    }
}
