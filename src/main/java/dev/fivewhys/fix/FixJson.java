package dev.fivewhys.fix;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The JSON shapes of a fix in the API. */
public final class FixJson {

    private FixJson() {
    }

    /**
     * What a client sends to record (analysisId) or update (version) a fix: its text (see {@link FixText}) beside
     * these. status on create: PROPOSED (default), MERGED or DEPLOYED; on update, the next step.
     */
    @Schema(name = "FixWrite")
    public static class Write {
        public Long analysisId;
        @JsonUnwrapped
        public FixText fix;
        public FixStatus status;
        public Long version;
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
    public record Read(long id, String url, long analysisId, String summary, List<FixText.File> files,
            String commitSha, String branch, Integer pullRequestNumber, String pullRequestUrl,
            List<FixContent.NewTest> tests, FixStatus status,
            String recordedBy, Instant recordedAt, Instant verifiedAt, String verificationNote,
            @JsonUnwrapped Review review, long version) {

        static final String SCHEMA = "FixRead";

        static Read of(Fix fix, Review review) {
            PullRequestReference pr = fix.pullRequest();
            return new Read(fix.id, "/fixes/" + fix.id, fix.analysis.id, fix.summary,
                    fix.files.stream().map(f -> new FixText.File(f.path, f.lineRanges)).toList(), fix.commitSha, fix.branch,
                    fix.pullRequestNumber, pr == null ? null : pr.url(),
                    fix.tests.stream().map(t -> new FixContent.NewTest(t.path, t.kind)).toList(), fix.status, fix.recordedBy,
                    fix.recordedAt, fix.verifiedAt, fix.verificationNote, review, fix.version);
        }
    }
}
