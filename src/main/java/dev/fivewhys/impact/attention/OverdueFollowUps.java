package dev.fivewhys.impact.attention;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.web.TimeFormat;

/**
 * Follow-ups past their due date and not done: waiting since the day after they were due, so the oldest come first
 * among those with as much at risk as each other. The sessions they touch are their analysis's.
 */
@ApplicationScoped
class OverdueFollowUps implements RankedSource {

    @Override
    public RankedByRisk.Items items(ImpactFilter filter, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, TimeFormat.zone());
        return new RankedByRisk.Items("""
                select u.id, cast(u.due_on + 1 as timestamptz) as since, a.failure_id,
                       a.session_id as analysis_session_id,
                       json_build_array(u.title, owner.username, u.due_on, u.priority, a.id) as columns
                from follow_up u join analysis a on a.id = u.analysis_id
                left join app_user owner on owner.id = u.owner_id
                where u.status in ('OPEN', 'IN_PROGRESS') and u.due_on < :today"""
                + Projects.clause(filter, "a"), Map.of("today", Date.valueOf(today)));
    }

    @Override
    public AttentionSource.Found found(RankedByRisk.Rows rows) {
        return new AttentionSource.Found(rows.rows().stream().map(row -> new AttentionItem(AttentionItem.Kind.FOLLOW_UP_OVERDUE,
                "Follow-up #" + row.id() + ": " + row.text(0), "/follow-ups/" + row.id(),
                row.text(3) + " priority, due " + row.text(2) + ", "
                        + (row.text(1) == null ? "nobody owns it" : "owned by " + row.text(1)) + "; of analysis #"
                        + row.id(4),
                row.since(), row.waiting(), row.atRisk(), row.rank())).toList(), rows.total());
    }
}
