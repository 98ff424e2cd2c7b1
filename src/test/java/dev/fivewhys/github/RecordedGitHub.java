package dev.fivewhys.github;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * Real GitHub traffic recorded by the hub4j/github-api project's own tests, kept in
 * {@code ../shared/fixtures/github-api/} as flat files named {@code <owner>__<repo>__<path with / as __>}.
 * A recording's mappings live under {@code <test>__mappings__} and the bodies they name under
 * {@code <test>____files__}.
 */
final class RecordedGitHub {

    static final String RECORDED_API = "https://api.github.com";
    private static final String PREFIX = "hub4j__github-api__src__test__resources__org__kohsuke__github__";
    private static final String MAPPINGS = "__mappings__";
    private static final String FILES = "____files__";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    RecordedGitHub(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("GitHub recordings not found at " + dir.toAbsolutePath()
                    + "; CI keeps shared/ beside the checkout, or set -Dfivewhys.github.fixtures");
        }
        this.dir = dir;
    }

    /** The recordings beside the checkout, or where -Dfivewhys.github.fixtures says. */
    static RecordedGitHub beside() {
        return new RecordedGitHub(Path.of(System.getProperty("fivewhys.github.fixtures", "../shared/fixtures/github-api")));
    }

    /**
     * Every recorded mapping, with its body inlined and GitHub's URLs pointed at the stub. The recordings come
     * from unrelated tests, so their scenario states would never be reached here: they are dropped, and where
     * two recordings answer the same request, the one that starts its scenario wins.
     */
    List<StubMapping> mappings(String baseUrl) {
        Map<String, ObjectNode> chosen = new LinkedHashMap<>();
        for (Path file : files(MAPPINGS)) {
            String name = file.getFileName().toString();
            String recording = name.substring(0, name.indexOf(MAPPINGS));
            ObjectNode mapping = (ObjectNode) read(file);
            ObjectNode response = (ObjectNode) mapping.get("response");
            if (response.hasNonNull("bodyFileName")) {
                Path body = dir.resolve(recording + FILES + response.get("bodyFileName").asText());
                response.put("body", readString(body));
                response.remove("bodyFileName");
            }
            if (response.hasNonNull("body")) {
                response.put("body", response.get("body").asText().replace(RECORDED_API, baseUrl));
            }
            String key = mapping.get("request").toString();
            ObjectNode earlier = chosen.get(key);
            if (earlier == null || (!startsScenario(earlier) && startsScenario(mapping))) {
                chosen.put(key, mapping);
            }
        }
        List<StubMapping> result = new ArrayList<>();
        for (ObjectNode mapping : chosen.values()) {
            // Not persistent: WireMock would write them into its file root.
            mapping.remove(List.of("scenarioName", "requiredScenarioState", "newScenarioState", "persistent"));
            result.add(StubMapping.buildFrom(mapping.toString()));
        }
        return result;
    }

    /** One recorded body, e.g. {@code body("GHIssueTest__wiremock__createIssue", "4-r_h_g_issues.json")}. */
    ObjectNode body(String recording, String fileName) {
        return (ObjectNode) read(dir.resolve(PREFIX + recording + FILES + fileName));
    }

    private static boolean startsScenario(JsonNode mapping) {
        JsonNode state = mapping.get("requiredScenarioState");
        return state == null || state.isNull() || "Started".equals(state.asText());
    }

    private List<Path> files(String kind) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().contains(kind)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording " + file, e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded body " + file, e);
        }
    }
}
