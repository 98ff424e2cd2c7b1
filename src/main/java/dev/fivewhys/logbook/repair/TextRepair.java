package dev.fivewhys.logbook.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes a wrong character-set round trip: UTF-8 text that was read as Windows-1252 ("âœ…" for
 * ✅) or Mac Roman ("‚úÖ" for ✅) and saved again. Each line is repaired with the code page that
 * explains most of its garbled characters; correct text (café, naïve, Zürich, €, —, real emoji)
 * has nothing such a reading explains, so it stays as it is.
 */
public final class TextRepair {

    /**
     * The repaired text and what was done: {@code charset} is the code page that explained most
     * repairs (null if none), {@code guessedSequences} counts characters rebuilt around a lost byte,
     * {@code unresolvedSequences} garbled spots left alone because several emoji fit equally well.
     */
    public record Result(String text, String charset, int repairedSequences, int guessedSequences,
            int unresolvedSequences) {

        public boolean repaired() {
            return repairedSequences > 0;
        }
    }

    private static final List<CodePage> CODE_PAGES = List.of(CodePage.WINDOWS_1252, CodePage.MAC_ROMAN);

    /** A line and its terminator, so line breaks pass through untouched. */
    private static final Pattern LINE_WITH_BREAK = Pattern.compile("([^\\r\\n]*)(\\r\\n|\\r|\\n|$)");

    private TextRepair() {
    }

    public static Result repair(String text) {
        List<String[]> lines = splitLines(text);
        List<Map<CodePage, GarbledLine.Outcome>> outcomes = new ArrayList<>();
        Map<CodePage, Integer> charsByPage = new LinkedHashMap<>();
        for (String[] line : lines) {
            Map<CodePage, GarbledLine.Outcome> byPage = new LinkedHashMap<>();
            for (CodePage page : CODE_PAGES) {
                GarbledLine.Outcome outcome = GarbledLine.repair(line[0], page);
                byPage.put(page, outcome);
                charsByPage.merge(page, outcome.repairedChars(), Integer::sum);
            }
            outcomes.add(byPage);
        }
        // A tie on one line goes to the code page that explains the document as a whole.
        List<CodePage> preference = new ArrayList<>(CODE_PAGES);
        preference.sort((a, b) -> charsByPage.get(b) - charsByPage.get(a));

        StringBuilder out = new StringBuilder(text.length());
        Map<CodePage, Integer> repairsByPage = new LinkedHashMap<>();
        int guessed = 0;
        int unresolved = 0;
        for (int i = 0; i < lines.size(); i++) {
            GarbledLine.Outcome best = null;
            CodePage bestPage = null;
            for (CodePage page : preference) {
                GarbledLine.Outcome outcome = outcomes.get(i).get(page);
                if (best == null || outcome.repairedChars() > best.repairedChars()) {
                    best = outcome;
                    bestPage = page;
                }
            }
            out.append(best.text()).append(lines.get(i)[1]);
            repairsByPage.merge(bestPage, best.repairs(), Integer::sum);
            guessed += best.guesses();
            unresolved += best.unresolved();
        }
        int repairs = repairsByPage.values().stream().mapToInt(Integer::intValue).sum();
        String charset = repairs == 0 ? null
                : repairsByPage.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey().name();
        return new Result(out.toString(), charset, repairs, guessed, unresolved);
    }

    private static List<String[]> splitLines(String text) {
        List<String[]> lines = new ArrayList<>();
        Matcher matcher = LINE_WITH_BREAK.matcher(text);
        while (matcher.find()) {
            lines.add(new String[] { matcher.group(1), matcher.group(2) });
            if (matcher.group(2).isEmpty()) {
                break;
            }
        }
        return lines;
    }
}
