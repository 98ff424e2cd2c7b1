package dev.fivewhys.result;

import java.util.List;

import dev.fivewhys.session.TestSession;
import io.quarkus.qute.TemplateExtension;

/** Lets the session page show its latest runs ({@code session.latestRuns}) without the session knowing runs. */
@TemplateExtension
public class ResultsOfSession {

    static final int LATEST = 5;

    static List<TestRun> latestRuns(TestSession session) {
        return TestRun.latestOf(session.id, LATEST);
    }
}
