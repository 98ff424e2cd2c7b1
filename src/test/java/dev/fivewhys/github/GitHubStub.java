package dev.fivewhys.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * GitHub for tests: WireMock in the test JVM on a free port, answering from three layers, first match wins.
 * <ol>
 * <li>faults a test adds with {@link #stub(MappingBuilder)} (priority 1);</li>
 * <li>recorded GitHub traffic from {@code src/test/resources/fixtures/github-api/} (repository
 * {@code hub4j-test-org/GHIssueTest}: issue 2 open then closed, the issue 15 comments; repository
 * {@code hub4j-test-org/github-api}: pull requests 272 and 309, ...);</li>
 * <li>{@link FakeGitHub}, which keeps issues and comments created during the test (priority 10).</li>
 * </ol>
 * {@link #calls} lists what the gateway sent, for assertions on paths and bodies.
 */
public final class GitHubStub implements AutoCloseable {

    public static final String TEST_REPO = "hub4j-test-org/GHIssueTest";
    public static final String PR_REPO = "hub4j-test-org/github-api";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final List<StubMapping> faults = new ArrayList<>();

    private GitHubStub(WireMockServer server) {
        this.server = server;
    }

    public static GitHubStub start() {
        WireMockServer server = new WireMockServer(options().dynamicPort()
                // A root that stays empty, so no mappings lying in the project are loaded by surprise.
                .usingFilesUnderDirectory("target/github-stub")
                .extensions(new FakeGitHub()));
        server.start();
        RecordedGitHub.mappings(server.baseUrl()).forEach(server::addStubMapping);
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(FakeGitHub.NAME)));
        return new GitHubStub(server);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Adds an answer that wins over recordings and the fake, e.g. a fault. */
    public void stub(MappingBuilder mapping) {
        faults.add(server.stubFor(mapping.atPriority(1)));
    }

    /**
     * Answers the first matching request with {@code fault}, and lets the ones after through (a WireMock scenario
     * that moves on once the fault was served).
     */
    public void failOnce(MappingBuilder request, ResponseDefinitionBuilder fault) {
        String scenario = "fail once " + faults.size() + " " + System.nanoTime();
        stub(request.inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willReturn(fault)
                .willSetStateTo("served"));
    }

    /** Takes back every answer added with {@link #stub}. */
    public void removeFaults() {
        faults.forEach(server::removeStub);
        faults.clear();
        server.resetScenarios();
    }

    /** GitHub's Date header for an instant: what its clock says when it answers. */
    public static String httpDate(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    }

    /** Every request received, oldest first. */
    public List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            LoggedRequest r = event.getRequest();
            String url = r.getUrl();
            int q = url.indexOf('?');
            calls.add(0, new Call(r.getMethod().getName(), q < 0 ? url : url.substring(0, q),
                    q < 0 ? "" : url.substring(q + 1), r.getBodyAsString(), r.getHeader("Authorization")));
        }
        return calls;
    }

    /** Requests with this method whose path matches the regular expression. */
    public List<Call> calls(String method, String pathRegex) {
        Pattern path = Pattern.compile(pathRegex);
        return calls().stream().filter(c -> c.method().equals(method) && path.matcher(c.path()).matches()).toList();
    }

    /** The one request with this method and path; fails when there were none or several. */
    public Call onlyCall(String method, String pathRegex) {
        List<Call> found = calls(method, pathRegex);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one " + method + " " + pathRegex + " but got " + found.size()
                    + ": " + calls());
        }
        return found.get(0);
    }

    /** When each request arrived at the stub (real time), oldest first. */
    public List<Instant> arrivals(String method, String pathRegex) {
        Pattern path = Pattern.compile(pathRegex);
        List<Instant> arrivals = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            LoggedRequest r = event.getRequest();
            String url = r.getUrl().replaceFirst("\\?.*", "");
            if (r.getMethod().getName().equals(method) && path.matcher(url).matches()) {
                arrivals.add(0, r.getLoggedDate().toInstant());
            }
        }
        return arrivals;
    }

    /** Forgets the requests received so far (not the stubs or the fake's issues). */
    public void forgetCalls() {
        server.resetRequests();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** One request as GitHub would have received it. */
    public record Call(String method, String path, String query, String body, String authorization) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The label names of an issue create or update. */
        public List<String> labels() {
            List<String> labels = new ArrayList<>();
            json().path("labels").forEach(l -> labels.add(l.asText()));
            return labels;
        }

        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query);
        }
    }
}
