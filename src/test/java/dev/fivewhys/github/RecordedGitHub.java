package dev.fivewhys.github;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import dev.fivewhys.support.TestFiles;

/**
 * Real GitHub traffic recorded by the hub4j/github-api project's own tests, kept in
 * {@code src/test/resources/fixtures/github-api/} as flat files named {@code <owner>__<repo>__<path with / as __>}.
 * A recording's mappings live under {@code <test>__mappings__} and the bodies they name under
 * {@code <test>____files__}.
 */
final class RecordedGitHub {

    static final String RECORDED_API = "https://api.github.com";
    private static final String DIRECTORY = "fixtures/github-api/";
    private static final String PREFIX = "hub4j__github-api__src__test__resources__org__kohsuke__github__";
    private static final String MAPPINGS = "__mappings__";
    private static final String FILES = "____files__";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordedGitHub() {
    }

    /**
     * Every recorded mapping, with its body inlined and GitHub's URLs pointed at the stub. The recordings come
     * from unrelated tests, so their scenario states would never be reached here: they are dropped, and where
     * two recordings answer the same request, the one that starts its scenario wins.
     */
    static List<StubMapping> mappings(String baseUrl) {
        Map<String, ObjectNode> chosen = new LinkedHashMap<>();
        for (String name : TestFiles.list(DIRECTORY)) {
            if (!name.contains(MAPPINGS)) {
                continue;
            }
            String recording = name.substring(0, name.indexOf(MAPPINGS));
            ObjectNode mapping = (ObjectNode) read(name);
            ObjectNode response = (ObjectNode) mapping.get("response");
            if (response.hasNonNull("bodyFileName")) {
                response.put("body", TestFiles.text(DIRECTORY + recording + FILES + response.get("bodyFileName").asText()));
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
    static ObjectNode body(String recording, String fileName) {
        return (ObjectNode) read(PREFIX + recording + FILES + fileName);
    }

    private static boolean startsScenario(JsonNode mapping) {
        JsonNode state = mapping.get("requiredScenarioState");
        return state == null || state.isNull() || "Started".equals(state.asText());
    }

    private static JsonNode read(String name) {
        try {
            return JSON.readTree(TestFiles.bytes(DIRECTORY + name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording " + name, e);
        }
    }
}
