package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a fix from a timeline entry: what was changed, in which files and lines, with which tests. */
final class FixReader {

    /**
     * "`path` (lines 2352-2353, 2465-2466) - note": a path in backticks, optional line ranges,
     * optional note after a dash (up to the next path).
     */
    private static final Pattern FILE_REFERENCE = Pattern.compile("`(?<path>[^`]+)`"
            + "(?:\\s*\\((?:lines?\\s+)?(?<ranges>\\d+(?:\\s*-\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*-\\s*\\d+)?)*)\\))?"
            + "(?:\\s*[-–—]\\s*(?<note>[^`]+))?");
    /** One range of a list: "2352-2353" or "88". */
    /** The words that say how far a fix got. */
    private static final Pattern STAGE_WORD = Pattern
            .compile("(?i)\\b(verified|deployed|merged|applied|implemented|committed|completed|proposed)\\b");
    /** "**Status**: deployed" in a fix's entry. */
    private static final Pattern STATUS = Pattern.compile("(?i)^(?:fix )?status$");
    private static final Pattern LINE_RANGE = Pattern.compile("(?<from>\\d+)(?:\\s*-\\s*(?<to>\\d+))?");

    private FixReader() {
    }

    /** Whether the entry records a fix; only its own labelled lines count, not bullets of a results list. */
    static boolean recordsFix(ParsedTimelineEntry entry) {
        return entry.fields().stream().anyMatch(f -> FieldKeys.is(f, FieldKeys.FIX_MADE)
                || FieldKeys.is(f, FieldKeys.FILES_CHANGED) || FieldKeys.is(f, FieldKeys.NEW_TESTS));
    }

    /**
     * @param commits the commits that belong to this fix: a log often names the commit later, when
     *        deploying it ("SOLUTION: Deploy commit 8365f3012"), so the caller passes those mentioned
     *        from this entry up to the next fix
     */
    static ParsedFix read(ParsedTimelineEntry entry, List<ParsedCommit> commits) {
        List<ParsedField> fields = entry.fields();
        Optional<ParsedField> made = FieldKeys.first(fields, FieldKeys.FIX_MADE);
        Optional<ParsedField> files = FieldKeys.first(fields, FieldKeys.FILES_CHANGED);
        Optional<ParsedField> tests = FieldKeys.first(fields, FieldKeys.NEW_TESTS);
        Optional<ParsedField> status = FieldKeys.first(fields, STATUS);
        String words = entry.title() + " " + made.map(ParsedField::key).orElse("") + " "
                + status.map(ParsedField::value).orElse("");
        return new ParsedFix(entry.title(), made.map(ParsedField::value).orElse(null),
                files.map(FixReader::fileReferences).orElse(List.of()),
                tests.map(FixReader::fileReferences).orElse(List.of()),
                commits.stream().map(ParsedCommit::sha).distinct().toList(), stage(words), entry.source());
    }

    /**
     * The furthest stage the words name: "FIX IMPLEMENTED" and "FIX COMPLETED" are applied, "… DEPLOYED TO STAGING"
     * deployed.
     */
    static ParsedFix.FixStage stage(String words) {
        ParsedFix.FixStage furthest = ParsedFix.FixStage.NONE;
        Matcher word = STAGE_WORD.matcher(words);
        while (word.find()) {
            String found = word.group(1).toLowerCase(java.util.Locale.ROOT);
            ParsedFix.FixStage stage = switch (found) {
                case "verified" -> ParsedFix.FixStage.VERIFIED;
                case "deployed" -> ParsedFix.FixStage.DEPLOYED;
                case "merged" -> ParsedFix.FixStage.MERGED;
                case "proposed" -> ParsedFix.FixStage.PROPOSED;
                default -> ParsedFix.FixStage.APPLIED;
            };
            if (stage.compareTo(furthest) > 0) {
                furthest = stage;
            }
        }
        return furthest;
    }

    /** The files in a field's value and in its bullet items. */
    static List<ParsedFileChange> fileReferences(ParsedField field) {
        List<ParsedFileChange> references = new ArrayList<>(fileReferences(field.value(), field.source()));
        for (ParsedField item : field.items()) {
            references.addAll(fileReferences(item.value(), item.source()));
        }
        return references;
    }

    private static List<ParsedFileChange> fileReferences(String text, SourceSpan source) {
        List<ParsedFileChange> references = new ArrayList<>();
        Matcher reference = FILE_REFERENCE.matcher(text);
        while (reference.find()) {
            List<LineRange> ranges = new ArrayList<>();
            if (reference.group("ranges") != null) {
                Matcher range = LINE_RANGE.matcher(reference.group("ranges"));
                while (range.find()) {
                    int from = Integer.parseInt(range.group("from"));
                    ranges.add(new LineRange(from, range.group("to") == null ? from : Integer.parseInt(range.group("to"))));
                }
            }
            String note = reference.group("note") == null ? null : reference.group("note").strip();
            references.add(new ParsedFileChange(reference.group("path"), ranges, note, SourceSpan.line(source.firstLine())));
        }
        return references;
    }
}
