package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Imports logs through the pages, the way an engineer does: upload, preview, confirm. */
final class LogImports {

    private static final Pattern HIDDEN_TEXT = Pattern.compile("name=\"text\" value=\"([^\"]*)\"");

    private LogImports() {
    }

    /** Forgets earlier imports, so that tests may import the seeds again (the same log is refused twice). */
    static void forgetImports() {
        QuarkusTransaction.requiringNew().run(() -> SessionImport.deleteAll());
    }

    static Response preview(WebClient client, long projectId, String fileName, String log) {
        client.get("/sessions/import");
        return client.postMultipart("/sessions/import", Map.of("projectId", projectId), "file", fileName,
                log.getBytes(StandardCharsets.UTF_8));
    }

    /** Confirms a preview as its form does: the log comes back from the hidden field. */
    static Response confirm(WebClient client, Response preview) {
        return client.post("/sessions/import/confirm", Map.of("projectId", hidden(preview.asString(), "projectId"),
                "text", hiddenText(preview.asString())));
    }

    /** Preview and confirm; the new session's id. */
    static long importLog(WebClient client, long projectId, String fileName, String log) {
        Response preview = preview(client, projectId, fileName, log);
        assertEquals(200, preview.statusCode(), preview.asString());
        Response confirmed = confirm(client, preview);
        assertEquals(303, confirmed.statusCode(), confirmed.asString());
        return sessionId(confirmed);
    }

    static long sessionId(Response redirect) {
        assertEquals(303, redirect.statusCode(), redirect.asString());
        String path = URI.create(redirect.header("Location")).getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    static String hiddenText(String page) {
        Matcher text = HIDDEN_TEXT.matcher(page);
        if (!text.find()) {
            throw new AssertionError("no hidden text field on the preview");
        }
        return unescape(text.group(1));
    }

    private static String hidden(String page, String name) {
        Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        if (!value.find()) {
            throw new AssertionError("no hidden field " + name);
        }
        return unescape(value.group(1));
    }

    /** What a browser reads from an attribute value Qute escaped. */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
