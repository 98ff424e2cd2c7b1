package dev.fivewhys.github.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends the gateway's requests with java.net.http and our timeouts. The library's own connectors have no read timeout,
 * and the library retries SocketException and SocketTimeoutException by itself (at least twice, whatever its
 * retryCount property says), which could repeat a POST whose answer was lost and create a duplicate issue. So every
 * network failure leaves here as a plain IOException, which the library passes on.
 * <p>
 * It is also where a request leaves: each write waits here for its turn from the pacer and reports when GitHub
 * answered, so pacing is measured at the moment of sending; and every answer's budget is noted and every refusal read
 * whole ({@link Refusal}), so the library's limit handlers never see one.
 */
final class TimedConnector implements GitHubConnector {

    private static final int MAX_REFUSAL_BODY = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final Duration readTimeout;
    private final String endpoint;
    private final String tokenKey;
    private final Clock clock;
    private final WritePacer pacer;
    private final AtomicReference<ReportedRateLimit> lastReported = new AtomicReference<>();
    /** Set once by the gateway, which builds it around this connector's {@link #trade}. */
    private volatile AuthorizationProvider authorization;

    TimedConnector(GatewaySettings settings, Clock clock, WritePacer pacer) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // the library follows redirects itself
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = settings.readTimeout();
        this.endpoint = settings.endpoint();
        this.tokenKey = settings.tokenKey();
        this.clock = clock;
        this.pacer = pacer;
    }

    void authorizeWith(AuthorizationProvider authorization) {
        this.authorization = authorization;
    }

    /** What GitHub said about the request budget on its latest answer, if it has said anything yet. */
    Optional<ReportedRateLimit> lastReported() {
        return Optional.ofNullable(lastReported.get());
    }

    @Override
    public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
        HttpRequest.Builder builder = builder(request.url());
        request.allHeaders().forEach((name, values) -> {
            if (values != null && !values.isEmpty()) {
                builder.header(name, String.join(",", values));
            }
        });
        builder.method(request.method(), request.hasBody()
                ? HttpRequest.BodyPublishers.ofByteArray(request.body().readAllBytes())
                : HttpRequest.BodyPublishers.noBody());
        boolean write = !"GET".equals(request.method()) && !"HEAD".equals(request.method());
        return new Response(request, exchange(builder.build(), write));
    }

    /** {@code GET /rate_limit}: it does not count against the budget. */
    void probe() throws IOException {
        HttpRequest request = ownRequest("/rate_limit", authorization.getEncodedAuthorization()).GET().build();
        exchange(request, false).body().close();
    }

    /** Trades the App's signed JWT for an installation token; not paced, as it creates nothing on GitHub. */
    AppInstallationToken.Issued trade(long installationId, String jwtAuthorization) throws IOException {
        HttpRequest request = ownRequest("/app/installations/" + installationId + "/access_tokens", jwtAuthorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try (InputStream body = exchange(request, false).body()) {
            JsonNode answer = JSON.readTree(body);
            if (!answer.hasNonNull("token") || !answer.hasNonNull("expires_at")) {
                throw new IOException("GitHub's answer to the installation token request names no token");
            }
            return new AppInstallationToken.Issued(answer.get("token").asText(),
                    Instant.parse(answer.get("expires_at").asText()));
        } catch (DateTimeParseException e) {
            throw new IOException("GitHub's installation token has an unreadable expiry", e);
        }
    }

    /** A request the connector sends itself, outside the library, so it sets the headers the library would. */
    private HttpRequest.Builder ownRequest(String path, String authorizationHeader) throws IOException {
        return builder(new URL(endpoint + path)).header("Authorization", authorizationHeader)
                .header("Accept", "application/vnd.github+json");
    }

    private HttpRequest.Builder builder(URL url) throws IOException {
        try {
            return HttpRequest.newBuilder(url.toURI()).timeout(readTimeout);
        } catch (URISyntaxException e) {
            throw new IOException("not a valid GitHub URL: " + url, e);
        }
    }

    private HttpResponse<InputStream> exchange(HttpRequest request, boolean write) throws IOException {
        HttpResponse<InputStream> response;
        try {
            if (write) {
                pacer.awaitTurn(tokenKey);
            }
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } finally {
                if (write) {
                    pacer.answered(tokenKey);
                }
            }
        } catch (IOException e) {
            throw new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw (IOException) new InterruptedIOException("interrupted while calling GitHub").initCause(e);
        }
        Map<String, List<String>> headers = response.headers().map();
        // Every answer GitHub sends says the budget; one that does not must not leave an older one standing.
        lastReported.set(ReportedRateLimit.in(headers, clock.instant()).orElse(null));
        if (response.statusCode() >= 400) {
            try (InputStream body = response.body()) {
                throw new Refusal(response.statusCode(), headers,
                        new String(body.readNBytes(MAX_REFUSAL_BODY), StandardCharsets.UTF_8));
            }
        }
        return response;
    }

    /** Hands the library the body as a stream, closing the HTTP response with it. */
    private static final class Response extends GitHubConnectorResponse.ByteArrayResponse {
        private final HttpResponse<InputStream> response;

        Response(GitHubConnectorRequest request, HttpResponse<InputStream> response) {
            super(request, response.statusCode(), response.headers().map());
            this.response = response;
        }

        @Override
        protected InputStream rawBodyStream() {
            return response.body();
        }

        @Override
        public void close() throws IOException {
            super.close();
            response.body().close();
        }
    }
}
