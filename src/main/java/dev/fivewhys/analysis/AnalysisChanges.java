package dev.fivewhys.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.fivewhys.analysis.AnalysisContent.Why;

/**
 * The readable summary of an edit, one line per change: {@code Root cause: “a” → “b”}, {@code Why #6 added: “…”}.
 * Whys are compared by their answers in order (longest common subsequence), so removing the second of five reads as
 * one removal, not as four changed answers.
 */
public final class AnalysisChanges {

    /** Long texts are cut in the summary; the analysis itself keeps them whole. */
    static final int QUOTE_LENGTH = 120;

    private AnalysisChanges() {
    }

    public static List<String> between(AnalysisContent before, AnalysisContent after) {
        List<String> lines = new ArrayList<>();
        text(lines, "Problem statement", before.problemStatement(), after.problemStatement());
        whys(lines, before.whys(), after.whys());
        text(lines, "Root cause", before.rootCause(), after.rootCause());
        text(lines, "Root-cause category", name(before.category()), name(after.category()));
        text(lines, "Fix identified", before.fixIdentified(), after.fixIdentified());
        text(lines, "Prevention strategy", before.preventionStrategy(), after.preventionStrategy());
        return lines;
    }

    private static void text(List<String> lines, String field, String before, String after) {
        String was = blankToNull(before);
        String now = blankToNull(after);
        if (Objects.equals(was, now)) {
            return;
        }
        if (was == null) {
            lines.add(field + " set: " + quote(now));
        } else if (now == null) {
            lines.add(field + " cleared (was " + quote(was) + ")");
        } else {
            lines.add(field + ": " + quote(was) + " → " + quote(now));
        }
    }

    private static void whys(List<String> lines, List<Why> before, List<Why> after) {
        List<String> was = before.stream().map(Why::answer).toList();
        List<String> now = after.stream().map(Why::answer).toList();
        if (!was.equals(now) && was.size() == now.size()
                && was.stream().sorted().toList().equals(now.stream().sorted().toList())) {
            lines.add("Whys reordered: " + String.join(" / ", now.stream().map(AnalysisChanges::quote).toList()));
            return;
        }
        int[][] common = lcs(was, now);
        int i = 0;
        int j = 0;
        while (i < was.size() || j < now.size()) {
            if (i < was.size() && j < now.size() && was.get(i).equals(now.get(j))) {
                evidence(lines, j + 1, before.get(i), after.get(j));
                i++;
                j++;
            } else if (i < was.size() && j < now.size() && common[i + 1][j + 1] == common[i][j]) {
                // Neither side is part of the common chain here: one answer was rewritten in place.
                lines.add("Why #" + (j + 1) + ": " + quote(was.get(i)) + " → " + quote(now.get(j)));
                evidence(lines, j + 1, before.get(i), after.get(j));
                i++;
                j++;
            } else if (j < now.size() && (i == was.size() || common[i][j + 1] >= common[i + 1][j])) {
                lines.add("Why #" + (j + 1) + " added: " + quote(now.get(j)));
                j++;
            } else {
                lines.add("Why #" + (i + 1) + " removed: " + quote(was.get(i)));
                i++;
            }
        }
    }

    private static void evidence(List<String> lines, int number, Why before, Why after) {
        String was = describe(before);
        String now = describe(after);
        if (!Objects.equals(was, now)) {
            text(lines, "Why #" + number + " evidence", was, now);
        }
    }

    private static String describe(Why why) {
        return why.evidence() == null ? null : why.evidenceKind().label + " " + why.evidence();
    }

    /** common[i][j] = length of the longest common subsequence of a[i..] and b[j..]. */
    private static int[][] lcs(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }

    static String quote(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "“" + (oneLine.length() > QUOTE_LENGTH ? oneLine.substring(0, QUOTE_LENGTH - 1) + "…" : oneLine) + "”";
    }

    private static String name(RootCauseCategory category) {
        return category == null ? null : category.name;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
