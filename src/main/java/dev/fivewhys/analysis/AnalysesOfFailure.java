package dev.fivewhys.analysis;

import java.util.List;

import dev.fivewhys.failure.Failure;
import io.quarkus.qute.TemplateExtension;

/** A failure's analyses on its page: failure sits below analysis and cannot list them. */
@TemplateExtension
final class AnalysesOfFailure {

    private AnalysesOfFailure() {
    }

    static List<Analysis> analyses(Failure failure) {
        return Analysis.listForFailure(failure);
    }
}
