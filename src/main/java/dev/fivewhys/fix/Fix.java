package dev.fivewhys.fix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** What was changed to remove an analysis's root cause: files and lines, commit, branch, pull request, new tests. */
@Entity
public class Fix extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Analysis analysis;
    public String summary;
    public String commitSha;
    public String branch;
    public String pullRequestRepository;
    public Integer pullRequestNumber;
    @Enumerated(EnumType.STRING)
    public FixStatus status = FixStatus.PROPOSED;
    public String recordedBy;
    /** A session counts as "later" for automatic verification when it started after this. */
    public Instant recordedAt;
    public Instant updatedAt;
    public Instant verifiedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    public TestSession verifiedSession;
    public String verificationNote;
    @Version
    public long version;

    @OneToMany(mappedBy = "fix", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FixFile> files = new ArrayList<>();

    @OneToMany(mappedBy = "fix", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FixTest> tests = new ArrayList<>();

    public static List<Fix> listForAnalysis(Analysis analysis) {
        return list("analysis = ?1 order by recordedAt, id", analysis);
    }

    /** Fixes that a passing session of the project may verify: merged or deployed, of an analysis of a failure. */
    public static List<Fix> listAwaitingVerification(long projectId) {
        return list("status in ?1 and analysis.failure is not null and analysis.project.id = ?2",
                List.of(FixStatus.MERGED, FixStatus.DEPLOYED), projectId);
    }

    public static List<Fix> listVerifiedForFailure(long failureId) {
        return list("status = ?1 and analysis.failure.id = ?2", FixStatus.VERIFIED, failureId);
    }

    /** The step the fix page offers next; null once verified. */
    public FixStatus nextStatus() {
        return status.next().orElse(null);
    }

    public PullRequestReference pullRequest() {
        return pullRequestNumber == null ? null : new PullRequestReference(pullRequestRepository, pullRequestNumber);
    }
}
