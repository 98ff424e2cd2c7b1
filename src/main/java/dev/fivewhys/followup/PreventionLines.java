package dev.fivewhys.followup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A prevention strategy as the actions it names: one per line, list marks and emphasis taken off ("- ", "1. ",
 * "**"), blank lines dropped. "Implement cross-module dependency tracking and validation" is one action.
 */
public final class PreventionLines {

    private PreventionLines() {
    }

    public static List<String> of(String preventionStrategy) {
        if (preventionStrategy == null) {
            return List.of();
        }
        return preventionStrategy.lines().map(PreventionLines::clean).filter(line -> !line.isEmpty())
                .map(line -> line.length() > 300 ? line.substring(0, 299) + "…" : line).distinct().toList();
    }

    /** The lines that no follow-up of the analysis has as its title yet (case and blanks aside). */
    public static List<String> notYetFollowedUp(String preventionStrategy, List<String> titles) {
        Set<String> taken = titles.stream().map(PreventionLines::key).collect(Collectors.toSet());
        return of(preventionStrategy).stream().filter(line -> !taken.contains(key(line))).toList();
    }

    private static String clean(String line) {
        return line.strip().replaceFirst("^([-*+•]|\\d{1,3}[.)])\\s+", "").replaceFirst("^\\[[ xX]]\\s+", "")
                .replace("**", "").strip();
    }

    private static String key(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
