package dev.fivewhys.github.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    /** Whether the app itself last set {@link #state}: a webhook saying the same is the echo of its own write. */
    @Column(name = "state_by_app")
    public boolean stateByApp;
    /** The labels the app last put on the issue, one per line. */
    public String labels;
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

    public Set<String> labelSet() {
        return labels == null || labels.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(labels.split("\n")));
    }

    /**
     * Records what the app sent (a new link, or the latest of an existing one), in one statement: two workers
     * sending the same record at once end with one link.
     */
    static GitHubLink record(String recordKind, long recordId, String linkKind, String repository, int number,
            Long commentId, String url, String bodyHash, List<String> labels, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into github_link (id, record_kind, record_id, link_kind, repository, number, comment_id, url,
                                         body_hash, labels, last_synced_at, imported, state_by_app)
                values (nextval('github_link_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, false, false)
                on conflict (record_kind, record_id, link_kind) where not imported do update set
                    repository = excluded.repository, number = excluded.number, comment_id = excluded.comment_id,
                    url = excluded.url, body_hash = excluded.body_hash, labels = excluded.labels,
                    last_synced_at = excluded.last_synced_at
                """).setParameter(1, recordKind).setParameter(2, recordId).setParameter(3, linkKind)
                .setParameter(4, repository).setParameter(5, number).setParameter(6, commentId).setParameter(7, url)
                .setParameter(8, bodyHash).setParameter(9, labels == null ? null : String.join("\n", labels))
                .setParameter(10, Timestamp.from(now)).executeUpdate();
        return find(recordKind, recordId, linkKind).orElseThrow();
    }

    /** The issue's state as the app set it on GitHub ({@code byApp}) or as a webhook reported it. */
    public static void recordState(long linkId, String state, boolean byApp, Instant now) {
        update("state = ?1, stateByApp = ?2, lastSyncedAt = ?3 where id = ?4", state, byApp, now, linkId);
    }
}
