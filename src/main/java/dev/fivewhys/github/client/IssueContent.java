package dev.fivewhys.github.client;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the app wants an issue to say. On update the app's labels are set, and labels that people added on GitHub
 * stay, except those the app manages: its own labels now, any starting with {@code managedLabelPrefix} (e.g.
 * "severity:", so a changed severity replaces the old one), and those it sent before ({@code sentBefore}), so a
 * label the app no longer wants (one dropped from a project's defaults) is taken off again.
 */
public record IssueContent(String title, String body, List<String> labels, String managedLabelPrefix,
        Set<String> sentBefore) {

    public IssueContent {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an issue needs a title");
        }
        body = Objects.requireNonNullElse(body, "");
        labels = labels == null ? List.of() : List.copyOf(labels);
        sentBefore = sentBefore == null ? Set.of() : Set.copyOf(sentBefore);
    }

    public IssueContent(String title, String body, List<String> labels, String managedLabelPrefix) {
        this(title, body, labels, managedLabelPrefix, Set.of());
    }

    public IssueContent(String title, String body, List<String> labels) {
        this(title, body, labels, null);
    }

    /** The same content, knowing which labels the app put on the issue last time. */
    public IssueContent withSentBefore(Set<String> labels) {
        return new IssueContent(title, body, this.labels, managedLabelPrefix, labels);
    }

    public boolean manages(String label) {
        return labels.contains(label) || sentBefore.contains(label)
                || (managedLabelPrefix != null && label.startsWith(managedLabelPrefix));
    }
}
