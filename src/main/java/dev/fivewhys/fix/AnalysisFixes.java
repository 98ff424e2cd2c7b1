package dev.fivewhys.fix;

import java.util.List;

import dev.fivewhys.analysis.Analysis;
import io.quarkus.qute.TemplateExtension;

/** An analysis's fixes on its pages: analysis sits below fix and cannot list them. */
@TemplateExtension
final class AnalysisFixes {

    private AnalysisFixes() {
    }

    static List<Fix> fixes(Analysis analysis) {
        return Fix.listForAnalysis(analysis);
    }
}
