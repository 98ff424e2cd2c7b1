package dev.fivewhys.result;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Uploads meant to hurt, or just too big or broken: refused quickly with a 4xx, nothing stored. */
@QuarkusTest
class HostileUploadTest {

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void externalEntityToALocalFileIsRefusedWithoutReadingIt() throws Exception {
        Path secret = Files.createTempFile("fivewhys-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        long session = Fixtures.session("hostile", "XXE").session();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuites [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<testsuites><testsuite name=\"s\"><testcase name=\"t\"><failure message=\"&xxe;\"/></testcase>"
                + "</testsuite></testsuites>\n";
        long[] before = UploadEveryFixtureTest.counts();
        Response response = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Uploads.api(session, xxe));
        assertEquals(422, response.statusCode());
        assertTrue(response.jsonPath().getString("message").contains("DOCTYPE"), response.asString());
        assertEquals(2, response.jsonPath().getInt("line"));
        assertFalse(response.asString().contains("TOP-SECRET"), "the file's content never comes back");
        assertArrayEquals(before, UploadEveryFixtureTest.counts());
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        long session = Fixtures.session("hostile", "Billion laughs").session();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<testsuites><testsuite name=\"&lol9;\"><testcase name=\"t\"/></testsuite></testsuites>\n");
        Response response = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> Uploads.api(session, xml.toString()));
        assertEquals(422, response.statusCode());
        assertTrue(response.jsonPath().getString("message").contains("DOCTYPE"), response.asString());
    }

    @Test
    void overTheSizeLimitIs413WithAMessage() throws Exception {
        long session = Fixtures.session("hostile", "Too large").session();
        // the test profile's limit is 20M (production: 100M, FIVEWHYS_MAX_UPLOAD_SIZE)
        byte[] body = new byte[21 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        long[] before = UploadEveryFixtureTest.counts();
        // java.net.http sends it in a few milliseconds, with its length declared as a browser or curl does
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/sessions/" + session + "/results"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("engineer:engineer-password"
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("{\"status\":413,\"message\":\"That upload is larger than this server accepts: at most 20 MB.\"}",
                response.body());
        assertArrayEquals(before, UploadEveryFixtureTest.counts());

        // an engineer's browser, logged in
        http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=engineer&password=engineer-password")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/sessions/" + session + "/results"))
                .header("Content-Type", "multipart/form-data; boundary=x").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, page.statusCode());
        assertTrue(page.body().contains("That upload is larger than this server accepts: at most 20 MB."), page.body());
    }

    @Test
    void aReportCutOffAfterThousandsOfResultsStoresNone() {
        long session = Fixtures.session("hostile", "Cut off").session();
        StringBuilder xml = new StringBuilder("<testsuites><testsuite name=\"big\">\n");
        for (int i = 0; i < 2500; i++) {
            xml.append("<testcase classname=\"a.B\" name=\"t").append(i).append("\">")
                    .append(i % 10 == 0 ? "<failure message=\"boom " + i + "\"/>" : "").append("</testcase>\n");
        }
        long[] before = UploadEveryFixtureTest.counts();
        Response response = Uploads.api(session, xml.toString());
        assertEquals(422, response.statusCode());
        assertTrue(response.jsonPath().getString("message").startsWith("The report is cut off"), response.asString());
        assertArrayEquals(before, UploadEveryFixtureTest.counts(), "the batches already written were rolled back");
    }

    @Test
    void onlyXmlIsTakenAndOnlyByWriters() {
        long session = Fixtures.session("hostile", "Content types").session();
        given().auth().preemptive().basic("engineer", "engineer-password").contentType("application/json")
                .body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/sessions/" + session + "/results").then()
                .statusCode(415);
        given().auth().preemptive().basic("manager", "manager-password").contentType("text/xml")
                .body("<testsuite/>").post("/api/sessions/" + session + "/results").then().statusCode(403);
        given().contentType("text/xml").body("<testsuite/>").post("/api/sessions/" + session + "/results").then()
                .statusCode(401);
        Uploads.api(987654321L, "<testsuite/>").then().statusCode(404);
    }
}
