package dev.fivewhys.fix;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.fivewhys.audit.AuditJson;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;

/** The JSON shapes of a fix in the API. */
public final class FixJson {

    private FixJson() {
    }

    /** A changed file; lines as people write them, e.g. "2352-2353, 2465-2466" (empty: not known). */
    public record File(@NotBlank @Size(max = 1000) String path, @Size(max = 2000) String lines) {
    }

    public record NewTest(@NotBlank @Size(max = 1000) String path, @NotBlank @Size(max = 30) String kind) {
    }

    /**
     * What a client sends to record (analysisId) or update (version) a fix. pullRequest: 156, #156 or its link, of
     * the project's repository. status on create: PROPOSED (default), MERGED or DEPLOYED; on update, the next step.
     */
    public record Write(Long analysisId,
            @NotBlank @Size(max = 20_000) String summary,
            List<@Valid File> files,
            @Size(max = 100) String commitSha,
            @Size(max = 255) String branch,
            @Size(max = 500) String pullRequest,
            List<@Valid NewTest> tests,
            FixStatus status,
            Long version) {
    }

    public record Decision(boolean readyToDeploy, Readiness verdict, List<String> conditions, List<String> blockers) {
        static Decision of(GoNoGo.Decision decision) {
            return new Decision(decision.readyToDeploy(), decision.verdict(), decision.conditions(), decision.blockers());
        }
    }

    public record Read(long id, String url, long analysisId, String summary, List<File> files, String commitSha,
            String branch, Integer pullRequestNumber, String pullRequestUrl, List<NewTest> tests, FixStatus status,
            String recordedBy, Instant recordedAt, Instant verifiedAt, String verificationNote,
            List<AuditJson.AuditRead> audits, List<AuditJson.StabilityRead> stabilityValidations, Decision goNoGo,
            long version) {

        static Read of(Fix fix) {
            PullRequestReference pr = fix.pullRequest();
            return new Read(fix.id, "/fixes/" + fix.id, fix.analysis.id, fix.summary,
                    fix.files.stream().map(f -> new File(f.path, f.lineRanges)).toList(), fix.commitSha, fix.branch,
                    fix.pullRequestNumber, pr == null ? null : pr.url(),
                    fix.tests.stream().map(t -> new NewTest(t.path, t.kind)).toList(), fix.status, fix.recordedBy,
                    fix.recordedAt, fix.verifiedAt, fix.verificationNote,
                    fix.audits().stream().map(AuditJson.AuditRead::of).toList(),
                    fix.stabilityValidations().stream().map(AuditJson.StabilityRead::of).toList(),
                    Decision.of(fix.decision()), fix.version);
        }
    }
}
