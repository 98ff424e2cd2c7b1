package dev.fivewhys.fix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.github.MirroredOnGitHub;
import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** What was changed to remove an analysis's root cause: files and lines, commit, branch, pull request, new tests. */
@Entity
@EntityListeners(MirroredOnGitHub.Listener.class)
@Table(name = "fix")
public class Fix extends PanacheEntity implements MirroredOnGitHub {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "analysis_id")
    public Analysis analysis;
    public String summary;
    @Column(name = "commit_sha")
    public String commitSha;
    public String branch;
    @Column(name = "pull_request_repository")
    public String pullRequestRepository;
    @Column(name = "pull_request_number")
    public Integer pullRequestNumber;
    @Enumerated(EnumType.STRING)
    public FixStatus status = FixStatus.PROPOSED;
    @Column(name = "recorded_by")
    public String recordedBy;
    /** A session counts as "later" for automatic verification when it started after this. */
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "verified_at")
    public Instant verifiedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verified_session_id")
    public TestSession verifiedSession;
    @Column(name = "verification_note")
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

    public List<ComplianceAudit> audits() {
        return ComplianceAudit.listForFix(this);
    }

    public List<StabilityValidation> stabilityValidations() {
        return StabilityValidation.listForFix(this);
    }

    /** Whether it may be deployed: only the latest audit and the latest stability validation count. */
    public GoNoGo.Decision decision() {
        ComplianceAudit audit = ComplianceAudit.latestFor(this);
        StabilityValidation stability = StabilityValidation.latestFor(this);
        return GoNoGo.evaluate(audit == null ? null : audit.recommendation, audit == null ? List.of() : audit.conditions,
                stability == null ? null : stability.readiness, stability == null ? null : stability.notes);
    }

    @Override
    public Failure mirroredFailure() {
        return analysis == null ? null : analysis.failure;
    }
}
