package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.security.ApiToken;
import dev.fivewhys.security.User;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A report sent as a form (what {@code curl -F report=@junit.xml} or {@code curl -d @junit.xml} send) is not taken:
 * 415 naming the types the upload takes, with a token and with HTTP Basic alike, and nothing stored.
 */
@QuarkusTest
class UploadContentTypeTest {

    private static final String REPORT = "<testsuite name=\"s\"><testcase name=\"t\"/></testsuite>";
    private static final String BOUNDARY = "----fivewhys-boundary";
    private static final String MULTIPART = "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"report\"; filename=\"junit.xml\"\r\n"
            + "Content-Type: application/xml\r\n\r\n" + REPORT + "\r\n--" + BOUNDARY + "--\r\n";

    private static String token;

    @TestHTTPResource("/")
    URI app;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        token = QuarkusTransaction.requiringNew().call(() -> ApiToken
                .issue(User.findByUsername("engineer").orElseThrow(), "upload content types", Instant.now()).secret());
    }

    private static String bearer() {
        return "Bearer " + token;
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("engineer:engineer-password".getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(long session, String authorization, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve("/api/sessions/" + session + "/results"))
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(body))
                // a guard against an answer that never comes (a body left unread), not a measure of speed
                .timeout(Duration.ofMinutes(1));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long stored(long session) {
        return Uploads.number("select count(*) from test_run where session_id = ?1", session);
    }

    private static void assertRefusedAsForm(HttpResponse<String> response, String what) {
        assertEquals(415, response.statusCode(), what + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                what + ": " + response.headers());
        assertTrue(response.body().contains("application/xml") && response.body().contains("text/xml"),
                what + " names the types taken: " + response.body());
    }

    @Test
    void aMultipartFileUploadIs415WithATokenAndWithBasic() throws Exception {
        long session = Fixtures.session("upload-types", "Multipart").session();
        for (String authorization : new String[] { bearer(), basic() }) {
            HttpResponse<String> response = upload(session, authorization, "multipart/form-data; boundary=" + BOUNDARY,
                    MULTIPART);
            assertRefusedAsForm(response, authorization.split(" ")[0] + " multipart");
        }
        assertEquals(0, stored(session));
    }

    @Test
    void aFormEncodedBodyIs415WithATokenAndWithBasic() throws Exception {
        long session = Fixtures.session("upload-types", "Form encoded").session();
        for (String authorization : new String[] { bearer(), basic() }) {
            // what `curl -d @junit.xml` sends
            HttpResponse<String> response = upload(session, authorization, "application/x-www-form-urlencoded", REPORT);
            assertRefusedAsForm(response, authorization.split(" ")[0] + " form");
            HttpResponse<String> charset = upload(session, authorization,
                    "application/x-www-form-urlencoded; charset=UTF-8", "report=" + REPORT);
            assertRefusedAsForm(charset, authorization.split(" ")[0] + " form with a charset");
        }
        assertEquals(0, stored(session));
    }

    @Test
    void aLargeMultipartUploadIsAnswered415Too() throws Exception {
        long session = Fixtures.session("upload-types", "Large multipart").session();
        // a few megabytes: far more than the buffers that would hold an unread body
        String large = MULTIPART.replace(REPORT, "<testsuite name=\"s\">" + "<testcase name=\"t\"/>".repeat(200_000)
                + "</testsuite>");
        for (String authorization : new String[] { bearer(), basic() }) {
            assertRefusedAsForm(upload(session, authorization, "multipart/form-data; boundary=" + BOUNDARY, large),
                    "large multipart");
        }
        assertEquals(0, stored(session));
    }

    @Test
    void aFormTypeWithAnEmptyBodyIs415Too() throws Exception {
        long session = Fixtures.session("upload-types", "Empty form").session();
        for (String authorization : new String[] { bearer(), basic() }) {
            assertRefusedAsForm(upload(session, authorization, "application/x-www-form-urlencoded", ""),
                    "empty form");
            assertRefusedAsForm(upload(session, authorization, "multipart/form-data; boundary=" + BOUNDARY, ""),
                    "empty multipart");
        }
        assertEquals(0, stored(session));
    }

    @Test
    void anEmptyXmlBodyIsRefusedAsNoReport() throws Exception {
        long session = Fixtures.session("upload-types", "Empty XML").session();
        HttpResponse<String> response = upload(session, bearer(), "application/xml", "");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("Nothing was stored"), response.body());
        assertEquals(0, stored(session));
    }

    @Test
    void anXmlTypeWithParametersIsTaken() throws Exception {
        long session = Fixtures.session("upload-types", "Charset").session();
        assertEquals(201, upload(session, bearer(), "application/xml; charset=utf-8", REPORT).statusCode());
        assertEquals(201, upload(session, basic(), "text/xml;charset=UTF-8", REPORT).statusCode());
        assertEquals(2, stored(session));
    }

    @Test
    void aBrowserFormPostToTheApiIsStillRefused() {
        long session = Fixtures.session("upload-types", "Browser").session();
        WebClient engineer = WebClient.loginAs("engineer");
        // the login cookie is no API credential, even with the page's CSRF token in the form
        assertEquals(401, engineer.post("/api/sessions/" + session + "/results", Map.of("report", REPORT)).statusCode());
        assertEquals(401, engineer.postMultipart("/api/sessions/" + session + "/results", Map.of(), "report", "junit.xml",
                REPORT.getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(0, stored(session));
    }
}
