package dev.fivewhys.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One readable line per changed field of a follow-up, for its analysis's history. */
final class FollowUpChanges {

    private static final int QUOTE_LENGTH = 120;

    private FollowUpChanges() {
    }

    static List<String> between(String who, FollowUpContent before, FollowUpContent after) {
        List<String> lines = new ArrayList<>();
        change(lines, who, "title", quote(before.title()), quote(after.title()));
        change(lines, who, "description", quote(before.description()), quote(after.description()));
        change(lines, who, "kind", label(before.kind()), label(after.kind()));
        change(lines, who, "owner", before.ownerName(), after.ownerName());
        change(lines, who, "due", str(before.dueOn()), str(after.dueOn()));
        change(lines, who, "priority", label(before.priority()), label(after.priority()));
        change(lines, who, "status", label(before.status()), label(after.status()));
        change(lines, who, "reason", quote(before.statusReason()), quote(after.statusReason()));
        change(lines, who, "done by fix", before.doneByFix() == null ? null : "#" + before.doneByFix().id,
                after.doneByFix() == null ? null : "#" + after.doneByFix().id);
        change(lines, who, "done by", before.doneByRef(), after.doneByRef());
        return lines;
    }

    /** What a new follow-up says, in one line. */
    static String added(String who, FollowUpContent content) {
        StringBuilder line = new StringBuilder(who).append(" added: ").append(quote(content.title())).append(" (")
                .append(content.kind().label).append(", ").append(content.priority().label);
        if (content.ownerName() != null) {
            line.append(", owner ").append(content.ownerName());
        }
        if (content.dueOn() != null) {
            line.append(", due ").append(content.dueOn());
        }
        return line.append(", ").append(content.status().label.toLowerCase()).append(')').toString();
    }

    private static void change(List<String> lines, String who, String field, String was, String now) {
        if (Objects.equals(was, now)) {
            return;
        }
        lines.add(who + " " + field + ": " + (was == null ? "none" : was) + " → " + (now == null ? "none" : now));
    }

    private static String label(Object value) {
        if (value instanceof FollowUpKind k) {
            return k.label;
        }
        if (value instanceof FollowUpPriority p) {
            return p.label;
        }
        if (value instanceof FollowUpStatus s) {
            return s.label;
        }
        return null;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    static String quote(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "“" + (oneLine.length() > QUOTE_LENGTH ? oneLine.substring(0, QUOTE_LENGTH - 1) + "…" : oneLine) + "”";
    }
}
