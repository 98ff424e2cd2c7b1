package dev.fivewhys.github;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The part of GitHub that recorded traffic cannot play: issues and comments that change. A created issue then
 * shows in listings and search, a comment can be edited in place. Answers are built from recorded GitHub
 * bodies, so the library parses what GitHub really sends. Issue numbers start at 1001 so they never meet the
 * recorded ones.
 */
final class FakeGitHub implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-github";
    private static final String OWNER_REPO = "^/repos/([^/]+)/([^/]+)";
    private static final Pattern REPO = Pattern.compile(OWNER_REPO + "$");
    private static final Pattern ISSUES = Pattern.compile(OWNER_REPO + "/issues$");
    private static final Pattern ISSUE = Pattern.compile(OWNER_REPO + "/issues/(\\d+)$");
    private static final Pattern ISSUE_COMMENTS = Pattern.compile(OWNER_REPO + "/issues/(\\d+)/comments$");
    private static final Pattern COMMENT = Pattern.compile(OWNER_REPO + "/issues/comments/(\\d+)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode repoTemplate;
    private final ObjectNode issueTemplate;
    private final ObjectNode commentTemplate;
    private final Map<String, ObjectNode> issues = new HashMap<>(); // "owner/repo#number"
    private final Map<String, List<ObjectNode>> comments = new HashMap<>(); // "owner/repo#number"
    private final Map<Long, ObjectNode> commentsById = new HashMap<>();
    private int nextNumber = 1001;
    private long nextCommentId = 9_000_000_001L;

    FakeGitHub() {
        repoTemplate = RecordedGitHub.body("GHIssueTest__wiremock__createIssue", "3-r_h_ghissuetest.json");
        issueTemplate = RecordedGitHub.body("GHIssueTest__wiremock__createIssue", "4-r_h_g_issues.json");
        commentTemplate = RecordedGitHub.body("GHIssueTest__wiremock__issueComment", "7-r_h_g_issues_15_comments.json");
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        URI uri = URI.create(request.getAbsoluteUrl());
        String api = uri.getScheme() + "://" + uri.getRawAuthority();
        String method = request.getMethod().getName();
        String path = uri.getPath();
        Matcher m;
        if ((m = REPO.matcher(path)).matches() && method.equals("GET")) {
            return ok(repository(api, m.group(1), m.group(2)));
        }
        if ((m = ISSUES.matcher(path)).matches()) {
            String repo = m.group(1) + "/" + m.group(2);
            return method.equals("POST") ? json(201, createIssue(api, repo, body(request)))
                    : ok(listIssues(repo, param(request, "state", "open")));
        }
        if ((m = ISSUE.matcher(path)).matches()) {
            ObjectNode issue = issues.get(m.group(1) + "/" + m.group(2) + "#" + m.group(3));
            if (issue == null) {
                return notFound();
            }
            return method.equals("PATCH") ? ok(editIssue(issue, body(request))) : ok(issue);
        }
        if ((m = ISSUE_COMMENTS.matcher(path)).matches()) {
            String key = m.group(1) + "/" + m.group(2) + "#" + m.group(3);
            return method.equals("POST") ? json(201, createComment(api, key, body(request).path("body").asText()))
                    : ok(JSON.valueToTree(comments.getOrDefault(key, List.of())));
        }
        if ((m = COMMENT.matcher(path)).matches() && method.equals("PATCH")) {
            ObjectNode comment = commentsById.get(Long.parseLong(m.group(3)));
            if (comment == null) {
                return notFound();
            }
            comment.put("body", body(request).path("body").asText());
            return ok(comment);
        }
        if (path.equals("/search/issues")) {
            return ok(search(param(request, "q", "")));
        }
        return notFound();
    }

    private ObjectNode repository(String api, String owner, String name) {
        ObjectNode repo = repoTemplate.deepCopy();
        repo.put("name", name).put("full_name", owner + "/" + name);
        repo.put("url", api + "/repos/" + owner + "/" + name).put("html_url", "https://github.com/" + owner + "/" + name);
        ((ObjectNode) repo.get("owner")).put("login", owner);
        return repo;
    }

    private ObjectNode createIssue(String api, String repo, JsonNode request) {
        int number = nextNumber++;
        String url = api + "/repos/" + repo + "/issues/" + number;
        ObjectNode issue = issueTemplate.deepCopy();
        issue.put("url", url).put("repository_url", api + "/repos/" + repo);
        issue.put("comments_url", url + "/comments").put("labels_url", url + "/labels{/name}");
        issue.put("events_url", url + "/events").put("timeline_url", url + "/timeline");
        issue.put("html_url", "https://github.com/" + repo + "/issues/" + number);
        issue.put("id", 2_000_000_000L + number).put("number", number).put("state", "open");
        issue.put("title", request.path("title").asText()).put("body", request.path("body").asText(""));
        issue.set("labels", labels(request.path("labels")));
        issues.put(repo + "#" + number, issue);
        return issue;
    }

    private ObjectNode editIssue(ObjectNode issue, JsonNode request) {
        for (String field : List.of("title", "body", "state")) {
            if (request.has(field)) {
                issue.put(field, request.get(field).asText());
            }
        }
        if (request.has("labels")) {
            issue.set("labels", labels(request.get("labels")));
        }
        issue.put("closed_at", "closed".equals(issue.path("state").asText()) ? "2026-01-01T00:00:00Z" : null);
        return issue;
    }

    private ArrayNode listIssues(String repo, String state) {
        ArrayNode result = JSON.createArrayNode();
        issues.entrySet().stream()
                .filter(e -> e.getKey().startsWith(repo + "#"))
                .map(Map.Entry::getValue)
                .filter(i -> state.equals("all") || state.equals(i.path("state").asText()))
                .sorted(Comparator.comparingInt((ObjectNode i) -> i.path("number").asInt()).reversed())
                .forEach(result::add);
        return result;
    }

    private ObjectNode createComment(String api, String issueKey, String body) {
        String repo = issueKey.substring(0, issueKey.indexOf('#'));
        String number = issueKey.substring(issueKey.indexOf('#') + 1);
        long id = nextCommentId++;
        ObjectNode comment = commentTemplate.deepCopy();
        comment.put("id", id).put("body", body);
        comment.put("url", api + "/repos/" + repo + "/issues/comments/" + id);
        comment.put("html_url", "https://github.com/" + repo + "/issues/" + number + "#issuecomment-" + id);
        comment.put("issue_url", api + "/repos/" + repo + "/issues/" + number);
        comments.computeIfAbsent(issueKey, k -> new ArrayList<>()).add(comment);
        commentsById.put(id, comment);
        return comment;
    }

    /** Understands the query the gateway sends: {@code repo:o/r is:issue in:body "words"}. */
    private ObjectNode search(String query) {
        Matcher repo = Pattern.compile("repo:(\\S+)").matcher(query);
        Matcher words = Pattern.compile("\"([^\"]*)\"").matcher(query);
        ArrayNode items = repo.find() && words.find() ? listIssues(repo.group(1), "all") : JSON.createArrayNode();
        ArrayNode hits = JSON.createArrayNode();
        items.forEach(i -> {
            if (i.path("body").asText().contains(words.group(1))) {
                hits.add(i);
            }
        });
        ObjectNode result = JSON.createObjectNode().put("total_count", hits.size()).put("incomplete_results", false);
        result.set("items", hits);
        return result;
    }

    private static ArrayNode labels(JsonNode names) {
        ArrayNode labels = JSON.createArrayNode();
        names.forEach(n -> labels.addObject().put("name", n.asText()).put("color", "ededed").put("default", false));
        return labels;
    }

    private static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    private static String param(LoggedRequest request, String name, String otherwise) {
        var p = request.queryParameter(name);
        return p.isPresent() ? p.values().get(0) : otherwise;
    }

    private static ResponseDefinition ok(JsonNode body) {
        return json(200, body);
    }

    private static ResponseDefinition notFound() {
        return json(404, JSON.createObjectNode().put("message", "Not Found")
                .put("documentation_url", "https://docs.github.com/rest"));
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString())
                .build();
    }
}
