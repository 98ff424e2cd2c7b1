package dev.fivewhys.fix;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

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

    /**
     * What the features above fix add to its JSON: audit adds the audits, stability validations and go/no-go. Its
     * fields are written as the fix's own.
     */
    public interface Review {

        /** Its OpenAPI schema's name, given by the implementation; {@link FixReadSchema} adds it to the fix's. */
        String SCHEMA = "FixReview";
    }

    /** Gives a fix its {@link Review}; audit implements it, as fix may not import audit. */
    public interface Reviews {

        Review of(Fix fix);
    }

    @Schema(name = Read.SCHEMA)
    public record Read(long id, String url, long analysisId, String summary, List<File> files, String commitSha,
            String branch, Integer pullRequestNumber, String pullRequestUrl, List<NewTest> tests, FixStatus status,
            String recordedBy, Instant recordedAt, Instant verifiedAt, String verificationNote,
            @JsonUnwrapped Review review, long version) {

        static final String SCHEMA = "FixRead";

        static Read of(Fix fix, Review review) {
            PullRequestReference pr = fix.pullRequest();
            return new Read(fix.id, "/fixes/" + fix.id, fix.analysis.id, fix.summary,
                    fix.files.stream().map(f -> new File(f.path, f.lineRanges)).toList(), fix.commitSha, fix.branch,
                    fix.pullRequestNumber, pr == null ? null : pr.url(),
                    fix.tests.stream().map(t -> new NewTest(t.path, t.kind)).toList(), fix.status, fix.recordedBy,
                    fix.recordedAt, fix.verifiedAt, fix.verificationNote, review, fix.version);
        }
    }
}
