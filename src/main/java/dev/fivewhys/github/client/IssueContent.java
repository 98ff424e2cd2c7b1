package dev.fivewhys.github.client;

import java.util.List;
import java.util.Objects;

/**
 * What the app wants an issue to say. On update the app's labels are set, and labels that people
 * added on GitHub stay, except those the app manages: its own labels and any starting with
 * {@code managedLabelPrefix} (e.g. "severity:", so a changed severity replaces the old one).
 */
public record IssueContent(String title, String body, List<String> labels, String managedLabelPrefix) {

    public IssueContent {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an issue needs a title");
        }
        body = Objects.requireNonNullElse(body, "");
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public IssueContent(String title, String body, List<String> labels) {
        this(title, body, labels, null);
    }

    public boolean manages(String label) {
        return labels.contains(label) || (managedLabelPrefix != null && label.startsWith(managedLabelPrefix));
    }
}
