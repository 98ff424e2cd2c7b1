package dev.fivewhys.support;

import java.time.Instant;
import java.time.LocalDate;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.followup.FollowUpStatus;
import dev.fivewhys.security.User;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Follow-ups written directly, for the tests of what other pages make of them. */
public final class FollowUpFixtures {

    private FollowUpFixtures() {
    }

    /** An open follow-up of the analysis; owner may be null. Its id. */
    public static long followUp(long analysisId, String title, String owner, LocalDate dueOn) {
        return followUp(analysisId, title, owner, dueOn, FollowUpStatus.OPEN);
    }

    public static long followUp(long analysisId, String title, String owner, LocalDate dueOn, FollowUpStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FollowUp f = new FollowUp();
            f.analysis = Analysis.findById(analysisId);
            f.title = title;
            f.owner = owner == null ? null : User.findByUsername(owner).orElseThrow();
            f.dueOn = dueOn;
            f.status = status;
            f.createdAt = Instant.now();
            f.updatedAt = f.createdAt;
            f.persist();
            return f.id;
        });
    }

    public static FollowUp read(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FollowUp f = FollowUp.findById(id);
            // what the assertions read, loaded while the transaction is open
            f.analysis.id.longValue();
            if (f.owner != null) {
                f.owner.username.length();
            }
            return f;
        });
    }
}
