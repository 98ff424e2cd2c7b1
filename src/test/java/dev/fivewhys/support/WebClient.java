package dev.fivewhys.support;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Talks to the app the way a browser does: it keeps cookies, logs in through the login form and
 * sends the CSRF token that the pages embed in their forms. Redirects are not followed, so tests see them.
 */
public class WebClient {

    public static final String LOGIN_COOKIE = "fivewhys-login";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;
    private String username;

    public static WebClient anonymous() {
        return new WebClient();
    }

    public static WebClient loginAs(String username) {
        return loginAs(username, username + Fixtures.PASSWORD_SUFFIX);
    }

    public static WebClient loginAs(String username, String password) {
        WebClient client = new WebClient();
        client.username = username;
        Response response = client.request().formParam("username", username).formParam("password", password)
                .post("/login");
        client.keepCookies(response);
        if (!client.loggedIn()) {
            throw new AssertionError("login as " + username + " failed: " + response.statusCode() + " "
                    + response.header("Location"));
        }
        return client;
    }

    public boolean loggedIn() {
        return cookies.containsKey(LOGIN_COOKIE);
    }

    /** Who logged in; null for an anonymous client. */
    public String username() {
        return username;
    }

    /** The CSRF token the last page handed out. */
    public String csrfToken() {
        if (csrfToken == null) {
            get("/sessions");
        }
        return csrfToken;
    }

    /**
     * Posts with no body at all (no Content-Type either), with the given headers: what a script, or another site's
     * page, can send.
     */
    public Response postWithoutBody(String path, Map<String, String> headers) {
        Response response = request().headers(headers).post(path);
        keepCookies(response);
        return response;
    }

    /** The login cookie's value, e.g. to replay it after logging out. */
    public String loginCookie() {
        return cookies.get(LOGIN_COOKIE);
    }

    public Response get(String path) {
        Response response = request().get(path);
        keepCookies(response);
        Matcher matcher = CSRF_FIELD.matcher(response.asString());
        if (matcher.find()) {
            csrfToken = matcher.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token a page of the app handed out, as a browser would. */
    public Response post(String path, Map<String, ?> form) {
        Map<String, Object> withToken = new HashMap<>(form);
        withToken.put("csrf-token", csrfToken());
        return postWithoutCsrf(path, withToken);
    }

    /**
     * Posts a multipart form, with the page's CSRF token and a file when one is given, as a browser does. The body
     * is built here, so it has a Content-Length as a browser's has (RestAssured's own multipart is chunked).
     */
    public Response postMultipart(String path, Map<String, ?> fields, String fileField, String fileName, byte[] file) {
        String token = csrfToken();
        String boundary = "----fivewhys" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("csrf-token", token);
        all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        if (file != null) {
            String type = fileName.endsWith(".xml") ? "text/xml" : "text/markdown";
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        Response response = request().contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post(path);
        keepCookies(response);
        return response;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public Response postWithoutCsrf(String path, Map<String, ?> form) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach((name, value) -> {
            if (value instanceof Collection<?> repeated) {
                // A repeated field (e.g. why): one value per row, in order, as a browser sends them.
                spec.formParam(name, repeated);
            } else {
                spec.formParam(name, value == null ? "" : value);
            }
        });
        Response response = spec.post(path);
        keepCookies(response);
        return response;
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private void keepCookies(Response response) {
        response.detailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
    }
}
