package dev.fivewhys.work;

import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.security.User;

/**
 * What waits on one engineer: open follow-ups by due date (overdue first), drafts they started or own, their fixes
 * still missing an audit or a stability validation, failures given to them and not resolved.
 */
public record MyWork(List<FollowUp> followUps, List<Analysis> drafts, List<FixWaiting> fixes, List<Failure> failures) {

    /** How many of each list are shown; a team's own work is rarely longer. */
    static final int LISTED = 50;

    /** A fix and what it waits for, in words. */
    public record FixWaiting(Fix fix, String waitingFor) {
    }

    static MyWork of(User user) {
        List<FollowUp> followUps = FollowUp.listOpenOwnedBy(user);
        List<Analysis> drafts = Analysis.<Analysis> find("status = ?1 and (createdBy = ?2 or owner = ?3) "
                + "order by updatedAt desc, id desc", AnalysisStatus.DRAFT, user.username, user).page(0, LISTED).list();
        List<FixWaiting> fixes = new ArrayList<>();
        for (Fix fix : Fix.<Fix> find("recordedBy = ?1 and status <> ?2 order by recordedAt desc, id desc",
                user.username, FixStatus.VERIFIED).page(0, LISTED).list()) {
            boolean audited = ComplianceAudit.latestFor(fix) != null;
            boolean validated = StabilityValidation.latestFor(fix) != null;
            if (!audited || !validated) {
                fixes.add(new FixWaiting(fix, !audited && !validated ? "an audit and a stability validation"
                        : !audited ? "a compliance audit" : "a stability validation"));
            }
        }
        List<Failure> failures = Failure.<Failure> find("owner = ?1 and status <> ?2 order by severityRank, "
                + "lastSeenAt desc", user, FailureStatus.RESOLVED).page(0, LISTED).list();
        return new MyWork(followUps.size() > LISTED ? followUps.subList(0, LISTED) : followUps, drafts, fixes, failures);
    }

    public boolean isEmpty() {
        return followUps.isEmpty() && drafts.isEmpty() && fixes.isEmpty() && failures.isEmpty();
    }
}
