package dev.fivewhys.github;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import dev.fivewhys.failure.Failure;
import io.quarkus.arc.Arc;

/**
 * A record that appears on its failure's GitHub issue (the failure itself, its analyses, fixes, audits
 * and stability validations). Saving one queues the failure's sync job in the same transaction, in the
 * entity listener below, so no page, API or background path that changes such a record can forget to.
 */
public interface MirroredOnGitHub {

    /** The failure whose issue shows this record, or null when there is none (an analysis of a session). */
    Failure mirroredFailure();

    /** Registered on each mirrored entity with {@code @EntityListeners}. */
    class Listener {

        @PostPersist
        @PostUpdate
        void changed(Object entity) {
            if (entity instanceof MirroredOnGitHub mirrored) {
                Failure failure = mirrored.mirroredFailure();
                if (failure != null) {
                    Arc.container().instance(SyncJobs.class).get().syncIfMirrored(failure);
                }
            }
        }
    }
}
