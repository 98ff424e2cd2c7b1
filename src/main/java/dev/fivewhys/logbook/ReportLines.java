package dev.fivewhys.logbook;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.fivewhys.logbook.parse.ImpactReader;
import dev.fivewhys.session.BusinessImpact;
import dev.fivewhys.session.CriterionContent;
import dev.fivewhys.session.CriterionState;
import dev.fivewhys.session.PhaseContent;
import dev.fivewhys.session.SessionContent;
import dev.fivewhys.session.SessionContent.Impact;

/**
 * The lines a report writes for a session's own values, in the seeds' shape. The importer uses them too: a line of a
 * log that is exactly what the report would write is held by the records, any other line is kept as text.
 */
public final class ReportLines {

    public static final String STARTED = "Session Started";
    public static final String MISSION = "Mission";
    public static final String STATUS = "Current Status";
    public static final String ENVIRONMENT = "Environment";
    public static final String TARGET = "Target";
    public static final String PERFORMANCE_TARGET = "Performance Target";
    static final String ENDED = "Session Ended";

    /** "5-10 tests", "25 tests", "100+ tests": a phase description that the heading carries in parentheses. */
    private static final Pattern COUNT_TEXT = Pattern.compile("\\d+(?:\\s*-\\s*\\d+)?\\+?\\s*tests?");
    private static final Map<String, String> SYMBOL_OF_CURRENCY = ImpactReader.CURRENCY_OF_SYMBOL.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReportLines() {
    }

    /** "**Mission:** text"; a value on several lines is written on one, as a header field has only one. */
    static String field(String key, String value) {
        return "**" + key + ":** " + flat(value);
    }

    /** The header fields the session has, in the report's order, by key. */
    public static Map<String, String> header(SessionContent session, ZoneId zone) {
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        if (session.startedAt() != null) {
            lines.put(STARTED, field(STARTED, stamp(session.startedAt(), zone)));
        }
        put(lines, MISSION, session.mission());
        if (session.status() != null) {
            lines.put(STATUS, field(STATUS, session.status().name()));
        }
        put(lines, ENVIRONMENT, session.environment());
        put(lines, TARGET, session.target());
        put(lines, PERFORMANCE_TARGET, session.performanceTarget());
        if (session.endedAt() != null) {
            lines.put(ENDED, field(ENDED, stamp(session.endedAt(), zone)));
        }
        return lines;
    }

    private static void put(Map<String, String> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.put(key, field(key, value));
        }
    }

    /** "🎯 **BUSINESS IMPACT**: $550K MRR at risk…"; null when the currency has no symbol the parser reads. */
    public static String impact(Impact impact) {
        if (impact == null || impact.amountMinor() == null || !SYMBOL_OF_CURRENCY.containsKey(impact.currency())) {
            return null;
        }
        StringBuilder line = new StringBuilder("🎯 **BUSINESS IMPACT**: ").append(money(impact));
        if (impact.basis() != null) {
            line.append(' ').append(impact.basis().name());
        }
        if (impact.note() != null && !impact.note().isBlank()) {
            line.append(' ').append(flat(impact.note()));
        }
        return line.toString();
    }

    /** "$550K", "$1M", "$12,500.50": short when the amount is whole thousands, as the teams write it. */
    static String money(Impact impact) {
        String symbol = SYMBOL_OF_CURRENCY.get(impact.currency());
        BigDecimal major = BigDecimal.valueOf(impact.amountMinor(), BusinessImpact.fractionDigits(impact.currency()))
                .stripTrailingZeros();
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        BigDecimal thousand = BigDecimal.valueOf(1_000);
        if (major.signum() > 0 && major.remainder(million).signum() == 0) {
            return symbol + major.divide(million).toPlainString() + "M";
        }
        if (major.signum() > 0 && major.remainder(thousand).signum() == 0) {
            return symbol + major.divide(thousand).toPlainString() + "K";
        }
        DecimalFormat format = new DecimalFormat(major.scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.US));
        return symbol + format.format(major);
    }

    /** "2025-09-10" for midnight (the seeds' date-only stamps), else "2025-09-09 23:05" (seconds when there are). */
    public static String stamp(Instant instant, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        if (local.toLocalTime().toSecondOfDay() == 0) {
            return DATE.format(local);
        }
        return (local.getSecond() == 0 ? MINUTES : SECONDS).format(local);
    }

    /** The heading, prose and suites of the n-th phase. */
    public static List<String> phase(int number, PhaseContent phase) {
        List<String> lines = new ArrayList<>();
        List<String> description = phase.description() == null ? List.of() : List.of(phase.description().split("\n"));
        String heading = "#### Phase " + number + ": " + phase.name();
        if (!description.isEmpty() && COUNT_TEXT.matcher(description.get(0).strip()).matches()) {
            heading += " (" + description.get(0).strip() + ")";
            description = description.subList(1, description.size());
        }
        if (phase.priority() != null && !phase.priority().isBlank()) {
            heading += " (priority: " + phase.priority() + ")";
        }
        lines.add(heading);
        description.stream().filter(line -> !line.isBlank()).forEach(lines::add);
        phase.suites().forEach(suite -> lines.add(suite(suite)));
        return lines;
    }

    static String suite(PhaseContent.Suite suite) {
        StringBuilder line = new StringBuilder("- `").append(suite.path()).append('`');
        boolean hasDescription = suite.description() != null && !suite.description().isBlank();
        if (hasDescription || suite.expectedCount() != null) {
            line.append(" -"); // the parser reads a count only after the dash that ends the path
        }
        if (hasDescription) {
            line.append(' ').append(flat(suite.description()));
        }
        if (suite.expectedCount() != null) {
            line.append(" (").append(suite.expectedCount()).append(suite.expectedCount() == 1 ? " test)" : " tests)");
        }
        return line.toString();
    }

    /** "- [x] **Name**: text"; a criterion typed without a name is written as one, with nothing after it. */
    public static String criterion(CriterionContent criterion) {
        String text = flat(criterion.text());
        int colon = text.indexOf(": ");
        String name = colon > 0 ? text.substring(0, colon) : text;
        String rest = colon > 0 ? text.substring(colon + 2) : "";
        String box = criterion.state() == CriterionState.MET ? "[x] "
                : criterion.state() == CriterionState.MISSED ? "[ ] " : "";
        return ("- " + box + "**" + name + "**: " + rest).stripTrailing();
    }

    /** One line, for values a log writes on one line. */
    public static String flat(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
