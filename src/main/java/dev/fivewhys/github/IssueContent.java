package dev.fivewhys.github;

import java.util.List;
import java.util.Objects;

/**
 * What the app wants an issue to say. On update, the labels are the complete set: GitHub's labels on the
 * issue are replaced by these.
 */
public record IssueContent(String title, String body, List<String> labels) {

    public IssueContent {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an issue needs a title");
        }
        body = Objects.requireNonNullElse(body, "");
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
