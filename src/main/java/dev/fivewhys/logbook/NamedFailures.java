package dev.fivewhys.logbook;

import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureSignature;
import dev.fivewhys.logbook.ImportPlan.FailureValues;
import dev.fivewhys.logbook.parse.ParsedAnalysis;
import dev.fivewhys.logbook.parse.ParsedError;
import dev.fivewhys.logbook.parse.ParsedResults;
import dev.fivewhys.project.Project;

/**
 * The errors a log names as failures of the project, each with the analyses that are about it. A log states its
 * finding before it analyses it ("Critical Discovery: `cannot import name …`", then "FIVE WHYS ANALYSIS"): an analysis
 * is about the latest error named before it, or the first one when it comes before them all.
 */
public final class NamedFailures {

    /**
     * A failure as the preview lists it.
     *
     * @param known the project's failure with that signature, which the import sees again; null when it creates one
     */
    public record Preview(String signature, String test, Failure known, int analyses) {
    }

    private NamedFailures() {
    }

    /** What the import of the plan will do with each failure the log names: create it or see a known one again. */
    static List<Preview> preview(ImportPlan plan, Project project) {
        return plan.failures().stream().map(f -> {
            FailureSignature signature = FailureSignature.of(f.failureType(), f.message());
            return new Preview(signature.text(), f.test(),
                    Failure.findBySignature(project, signature.hash()).orElse(null), f.analyses().size());
        }).toList();
    }

    static List<FailureValues> of(ParsedResults results) {
        List<ParsedError> errors = results.errors();
        List<List<Integer>> analysesOf = new ArrayList<>();
        errors.forEach(e -> analysesOf.add(new ArrayList<>()));
        List<ParsedAnalysis> analyses = results.analyses();
        for (int i = 0; i < analyses.size() && !errors.isEmpty(); i++) {
            int line = analyses.get(i).source().firstLine();
            int about = 0;
            for (int k = 0; k < errors.size(); k++) {
                if (errors.get(k).source().firstLine() <= line) {
                    about = k;
                }
            }
            analysesOf.get(about).add(i);
        }
        List<FailureValues> failures = new ArrayList<>();
        for (int k = 0; k < errors.size(); k++) {
            ParsedError error = errors.get(k);
            failures.add(new FailureValues(error.failureType(), error.message(), error.test(), analysesOf.get(k)));
        }
        return failures;
    }
}
