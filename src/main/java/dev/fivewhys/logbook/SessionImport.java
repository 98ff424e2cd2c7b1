package dev.fivewhys.logbook;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;

import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A session that was read from a markdown log: the log's fingerprint, so the same log is not imported twice. */
@Entity
public class SessionImport extends PanacheEntity {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    public TestSession session;
    /** {@link ContentFingerprint} of the repaired text. */
    public String fingerprint;
    public String repairedCharset;
    public String importedBy;
    public Instant importedAt;

    public static Optional<SessionImport> findByFingerprint(String fingerprint) {
        return find("fingerprint", fingerprint).firstResultOptional();
    }

    /**
     * Makes concurrent imports of the same log wait for each other until the transaction ends, on any copy of the app,
     * so that the second one finds the first and is refused rather than failing on the unique fingerprint.
     */
    public static void lockFingerprint(String fingerprint) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, fingerprint).getSingleResult();
    }

    public static Optional<SessionImport> findForSession(TestSession session) {
        return find("session", session).firstResultOptional();
    }
}
