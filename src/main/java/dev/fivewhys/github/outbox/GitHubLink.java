package dev.fivewhys.github.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Which record lives in which GitHub issue, pull-request comment or issue comment. */
@Entity
@Table(name = "github_link")
public class GitHubLink extends PanacheEntity {

    public static final String ISSUE = "ISSUE";
    public static final String COMMENT = "COMMENT";
    public static final String PR_COMMENT = "PR_COMMENT";
    /** A pull request itself; only imported logs record these (a fix keeps its own PR number). */
    public static final String PULL_REQUEST = "PULL_REQUEST";

    /** failure, analysis, fix, audit, stability… */
    @Column(name = "record_kind")
    public String recordKind;
    @Column(name = "record_id")
    public long recordId;
    @Column(name = "link_kind")
    public String linkKind;
    public String repository;
    /** The issue or pull request number. */
    public int number;
    @Column(name = "comment_id")
    public Long commentId;
    public String url;
    /** open or closed, for issues. */
    public String state;
    /** A hash of the body last sent, so an unchanged record sends nothing. */
    @Column(name = "body_hash")
    public String bodyHash;
    @Column(name = "last_synced_at")
    public Instant lastSyncedAt;
    /**
     * Read from an imported log: it points at an issue, PR or comment the team made by hand, so the sync neither finds
     * nor writes it, and webhooks do not take it for a failure's issue.
     */
    public boolean imported;

    public static Optional<GitHubLink> find(String recordKind, long recordId, String linkKind) {
        return find("recordKind = ?1 and recordId = ?2 and linkKind = ?3 and imported = false", recordKind, recordId,
                linkKind).firstResultOptional();
    }

    public static Optional<GitHubLink> findIssue(String repository, int number) {
        return find("repository = ?1 and number = ?2 and linkKind = ?3 and imported = false", repository, number, ISSUE)
                .firstResultOptional();
    }

    public static List<GitHubLink> listFor(String recordKind, long recordId) {
        return list("recordKind = ?1 and recordId = ?2 order by id", recordKind, recordId);
    }
}
