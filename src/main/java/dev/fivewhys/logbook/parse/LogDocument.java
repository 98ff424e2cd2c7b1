package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A log as numbered lines with its markdown skeleton: ATX headings and "---" rules (ignoring
 * anything inside code fences). A heading's own body runs to the next heading or rule; its extent
 * runs to the next heading of the same or a higher level, or to a rule — the seeds end their
 * session log with "---" before the footer.
 */
public final class LogDocument {

    /**
     * @param ownEnd last line before the next heading or rule
     * @param end last line of the section including its sub-sections
     */
    public record Heading(int line, int level, String text, int ownEnd, int end) {
    }

    /** "### 23:20 - TITLE": up to three spaces, 1-6 hashes, text, optional closing hashes. */
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    /** A thematic break: three or more of the same -, * or _ (spaces between allowed). */
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    /** Opening or closing a fenced code block. */
    public static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    /** Line breaks as TextRepair keeps them. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private final List<String> lines;
    private final List<Heading> headings;
    private final List<Integer> rules;

    private LogDocument(List<String> lines, List<Heading> headings, List<Integer> rules) {
        this.lines = lines;
        this.headings = headings;
        this.rules = rules;
    }

    public static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(LINE_BREAK.split(text, -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // a final line break does not start another line
        }
        return List.copyOf(lines);
    }

    public static LogDocument of(String text) {
        List<String> lines = splitLines(text);
        List<int[]> found = new ArrayList<>(); // {line, level}; level 0 = rule
        List<String> headingTexts = new ArrayList<>();
        boolean inFence = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                found.add(new int[] { n, heading.group(1).length() });
                headingTexts.add(heading.group(2));
            } else if (RULE.matcher(line).matches()) {
                found.add(new int[] { n, 0 });
                headingTexts.add(null);
            }
        }
        List<Heading> headings = new ArrayList<>();
        List<Integer> rules = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            int line = found.get(k)[0];
            int level = found.get(k)[1];
            if (level == 0) {
                rules.add(line);
                continue;
            }
            int ownEnd = k + 1 < found.size() ? found.get(k + 1)[0] - 1 : lines.size();
            int end = lines.size();
            for (int j = k + 1; j < found.size(); j++) {
                int otherLevel = found.get(j)[1];
                if (otherLevel == 0 || otherLevel <= level) {
                    end = found.get(j)[0] - 1;
                    break;
                }
            }
            headings.add(new Heading(line, level, headingTexts.get(k), ownEnd, end));
        }
        return new LogDocument(lines, List.copyOf(headings), List.copyOf(rules));
    }

    public int lineCount() {
        return lines.size();
    }

    /** Line n (1-based), verbatim. */
    public String line(int n) {
        return lines.get(n - 1);
    }

    public boolean isBlank(int n) {
        return lines.get(n - 1).isBlank();
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<Integer> rules() {
        return rules;
    }

    /** The innermost heading whose section holds the line (a heading holds its own line). */
    Optional<Heading> enclosing(int line) {
        Heading best = null;
        for (Heading heading : headings) {
            if (heading.line() <= line && line <= heading.end()) {
                best = heading;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Headings enclosing a line, outermost first. */
    List<Heading> ancestors(int line) {
        return headings.stream().filter(h -> h.line() < line && line <= h.end()).toList();
    }

    /** Lines outside every heading's own body (before the first heading, or after a rule), not rules. */
    public List<Integer> looseLines() {
        boolean[] owned = new boolean[lines.size() + 1];
        for (Heading heading : headings) {
            for (int n = heading.line(); n <= heading.ownEnd(); n++) {
                owned[n] = true;
            }
        }
        rules.forEach(n -> owned[n] = true);
        List<Integer> loose = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (!owned[n]) {
                loose.add(n);
            }
        }
        return loose;
    }

    /** The lines first..last verbatim, joined with "\n", blank lines at both ends removed. */
    String text(int first, int last) {
        SourceSpan span = trimmed(first, last);
        return span == null ? "" : String.join("\n", lines.subList(span.firstLine() - 1, span.lastLine()));
    }

    /** The span first..last without blank lines at its ends, or null if all blank. */
    SourceSpan trimmed(int first, int last) {
        while (first <= last && isBlank(first)) {
            first++;
        }
        while (last >= first && isBlank(last)) {
            last--;
        }
        return first > last ? null : new SourceSpan(first, last);
    }
}
