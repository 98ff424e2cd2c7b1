package dev.fivewhys.logbook.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.fivewhys.logbook.ImportPlan;
import dev.fivewhys.logbook.ImportPlan.EntryValues;
import dev.fivewhys.logbook.LogSection;
import dev.fivewhys.logbook.ReportLines;
import dev.fivewhys.logbook.parse.LogDocument;

/**
 * Lays a session out as a markdown log in the seeds' shape: title and header fields, executive summary, test selection
 * by phase, the session log, success criteria and the notes after the last rule. Kept text goes back where it came
 * from (see {@link LogSection}); what the records say and the kept text does not is added as {@link Additions}.
 */
final class ReportLayout {

    private static final Pattern CRITERIA_HEADING = Pattern.compile("(?i)\\b(?:success|validation|acceptance) criteria\\b");

    /**
     * @param header header field lines to write before the kept header text
     * @param impact the business impact line, or null
     * @param entries timeline entries for records the text does not say
     */
    record Additions(List<String> header, String impact, List<RecordEntries.Entry> entries) {
        static Additions none() {
            return new Additions(List.of(), null, List.of());
        }
    }

    private final ImportPlan plan;
    private final ZoneId zone;
    private StringBuilder out;
    private boolean phasesWritten;
    private boolean criteriaWritten;
    private boolean impactWritten;

    ReportLayout(ImportPlan plan, ZoneId zone) {
        this.plan = plan;
        this.zone = zone;
    }

    String render(Additions additions) {
        out = new StringBuilder();
        phasesWritten = plan.phases().isEmpty();
        criteriaWritten = plan.criteria().isEmpty();
        impactWritten = additions.impact() == null;
        paragraph(List.of("# " + plan.session().title()));
        List<String> header = new ArrayList<>();
        additions.header().forEach(line -> header.add(line + "  ")); // a markdown line break, as the seeds have
        kept(LogSection.HEADER).forEach(entry -> header.add(entry.body()));
        paragraph(header);
        List<EntryValues> stream = plan.entries().stream()
                .filter(e -> e.section() != LogSection.HEADER && e.section() != LogSection.FOOTER).toList();
        int first = indexOfTimeline(stream, true);
        int last = indexOfTimeline(stream, false);
        boolean summaryKept = stream.stream().anyMatch(e -> e.section() == LogSection.SUMMARY);
        if (!impactWritten && !summaryKept) {
            paragraph(List.of("## " + LogSection.SUMMARY.defaultHeading));
            paragraph(List.of(additions.impact()));
            impactWritten = true;
        }
        boolean logHeading = false;
        int preLog = first < 0 ? stream.size() : first;
        for (EntryValues entry : stream.subList(0, preLog)) {
            section(entry, additions);
            logHeading |= entry.section() == LogSection.LOG;
        }
        writePhases("## " + LogSection.PLAN.defaultHeading);
        if (first >= 0 || !additions.entries().isEmpty()) {
            if (!logHeading) {
                paragraph(List.of("## " + LogSection.LOG.defaultHeading));
            }
            int end = first < 0 ? preLog : last + 1;
            for (EntryValues entry : stream.subList(preLog, end)) {
                if (entry.section() == null) {
                    entry(ReportLines.stamp(entry.occurredAt(), zone), entry.title(), entry.body());
                } else {
                    section(entry, additions);
                }
            }
            additions.entries().forEach(e -> entry(ReportLines.stamp(e.at(), zone), e.title(), String.join("\n", e.lines())));
        }
        List<EntryValues> trailing = first < 0 ? List.of() : stream.subList(last + 1, stream.size());
        List<EntryValues> footer = kept(LogSection.FOOTER);
        if (!trailing.isEmpty() || !criteriaWritten) {
            paragraph(List.of("---"));
        }
        trailing.forEach(entry -> section(entry, additions));
        if (!criteriaWritten) {
            paragraph(List.of("## " + LogSection.CRITERIA.defaultHeading));
            writeCriteria();
        }
        if (!footer.isEmpty()) {
            paragraph(List.of("---"));
            footer.forEach(entry -> paragraph(entry.body()));
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** A kept section: its heading, then its text, with the phases or criteria it held where they stood. */
    private void section(EntryValues entry, Additions additions) {
        paragraph(List.of("## " + entry.title()));
        if (entry.section() == LogSection.SUMMARY && !impactWritten) {
            paragraph(List.of(additions.impact()));
            impactWritten = true;
        }
        List<String> body = entry.body().isEmpty() ? List.of() : List.of(entry.body().split("\n", -1));
        List<LogDocument.Heading> headings = LogDocument.of(entry.body()).headings();
        LogDocument.Heading lastHeading = headings.isEmpty() ? null : headings.get(headings.size() - 1);
        boolean criteriaHere = !criteriaWritten
                && (entry.section() == LogSection.PLAN || entry.section() == LogSection.CRITERIA)
                && CRITERIA_HEADING.matcher(lastHeading == null ? entry.title() : lastHeading.text()).find();
        int split = criteriaHere && lastHeading != null ? lastHeading.line() - 1 : body.size();
        paragraph(String.join("\n", body.subList(0, split)));
        if (entry.section() == LogSection.PLAN) {
            writePhases(null);
        }
        paragraph(String.join("\n", body.subList(split, body.size())));
        if (criteriaHere) {
            writeCriteria();
        }
    }

    private void writePhases(String heading) {
        if (phasesWritten) {
            return;
        }
        if (heading != null) {
            paragraph(List.of(heading));
        }
        for (int i = 0; i < plan.phases().size(); i++) {
            paragraph(ReportLines.phase(i + 1, plan.phases().get(i)));
        }
        phasesWritten = true;
    }

    private void writeCriteria() {
        paragraph(plan.criteria().stream().map(ReportLines::criterion).toList());
        criteriaWritten = true;
    }

    /**
     * "### 2025-09-09 23:20 - TITLE" and the body as it is. A body with its own "###" headings gets a "##" entry
     * heading, so they stay inside the entry.
     */
    private void entry(String stamp, String title, String body) {
        int deepest = LogDocument.of(body).headings().stream().mapToInt(LogDocument.Heading::level).min().orElse(6);
        String hashes = deepest <= 3 ? "##" : "###";
        out.append(hashes).append(' ').append(stamp).append(" - ").append(title).append('\n');
        if (!body.isBlank()) {
            out.append(body).append("\n\n"); // as it is: even a last line's trailing spaces are the team's text
        }
    }

    private List<EntryValues> kept(LogSection section) {
        return plan.entries().stream().filter(e -> e.section() == section).toList();
    }

    private static int indexOfTimeline(List<EntryValues> stream, boolean first) {
        int found = -1;
        for (int i = 0; i < stream.size(); i++) {
            if (stream.get(i).section() == null) {
                found = i;
                if (first) {
                    break;
                }
            }
        }
        return found;
    }

    private void paragraph(List<String> lines) {
        if (!lines.isEmpty()) {
            paragraph(String.join("\n", lines));
        }
    }

    private void paragraph(String text) {
        if (!text.isBlank()) {
            out.append(text.stripTrailing()).append("\n\n");
        }
    }
}
