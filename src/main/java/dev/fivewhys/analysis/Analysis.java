package dev.fivewhys.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.project.Project;
import dev.fivewhys.security.User;
import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A five-whys analysis of a failure (or of a session when no single failure explains it). */
@Entity
public class Analysis extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project project;
    @ManyToOne(fetch = FetchType.LAZY)
    public Failure failure;
    @ManyToOne(fetch = FetchType.LAZY)
    public TestSession session;
    public String problemStatement;
    @OneToMany(mappedBy = "analysis", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AnalysisWhy> whys = new ArrayList<>();
    public String rootCause;
    @ManyToOne(fetch = FetchType.LAZY)
    public RootCauseCategory category;
    public String fixIdentified;
    public String preventionStrategy;
    @Enumerated(EnumType.STRING)
    public AnalysisStatus status = AnalysisStatus.DRAFT;
    public String createdBy;
    /** Who sees it through, when someone other than its author, or anyone, has taken it. */
    @ManyToOne(fetch = FetchType.LAZY)
    public User owner;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant completedAt;
    public Instant verifiedAt;
    @Version
    public long version;

    /** For the failure page: its analyses, newest first. */
    public static List<Analysis> listForFailure(Failure failure) {
        return list("failure = ?1 order by createdAt desc, id desc", failure);
    }

    public static List<Analysis> listForSession(TestSession session) {
        return list("session = ?1 order by createdAt desc, id desc", session);
    }

    /** Analyses of any failure with this signature (in any project), except {@code exceptId}. */
    static List<Analysis> listBySignature(String signatureHash, Long exceptId) {
        return list("failure.signatureHash = ?1 and id <> ?2 order by createdAt desc", signatureHash,
                exceptId == null ? -1L : exceptId);
    }

    /** The latest analyses of a project with this root-cause category, except {@code exceptId}. */
    static List<Analysis> listByCategory(Project project, RootCauseCategory category, Long exceptId, int limit) {
        return find("project = ?1 and category = ?2 and id <> ?3 order by createdAt desc", project, category,
                exceptId == null ? -1L : exceptId).page(0, limit).list();
    }

    public List<AnalysisRevision> history() {
        return AnalysisRevision.historyOf(this);
    }

    /** "Analysis #12", or with the failure's title when there is one. */
    public String title() {
        String subject = failure != null ? failure.title() : session != null ? session.title : "";
        return subject.isBlank() ? "Analysis #" + id : "Analysis #" + id + ": " + subject;
    }

    /** What TextSimilarity compares: everything the analysis says about the problem and its cause. */
    public String wording() {
        return wording(problemStatement, whys.stream().map(w -> w.answer).toList(), rootCause);
    }

    static String wording(String problemStatement, List<String> answers, String rootCause) {
        return Stream.concat(Stream.of(problemStatement, rootCause), answers.stream())
                .filter(text -> text != null && !text.isBlank()).collect(Collectors.joining("\n"));
    }
}
