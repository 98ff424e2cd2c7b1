package dev.fivewhys.story;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.session.SessionGoNoGoChanged;
import dev.fivewhys.session.SessionJson;
import dev.fivewhys.session.SessionJudge;
import dev.fivewhys.session.TestSession;

/**
 * Decides sessions' go/no-go again when their records change, keeps the last verdict in test_session.go_no_go (and the
 * whole decision as the API shows it in go_no_go_decision, so that lists read it instead of deciding again), and
 * announces a change of verdict ({@link SessionGoNoGoChanged}) inside the transaction that changed the records.
 */
@ApplicationScoped
public class SessionVerdicts implements SessionJudge {

    @Inject
    EntityManager entityManager;
    @Inject
    Event<SessionGoNoGoChanged> changed;
    @Inject
    ObjectMapper json;

    @Override
    public SessionJson.GoNoGo judge(TestSession session) {
        return decide(session).json();
    }

    /** Sessions after {@code afterId} never decided since the decision is kept in full (V16_4), in id order. */
    List<Long> undecided(long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("select id from test_session where go_no_go_decision is null "
                + "and id > ?1 order by id limit ?2").setParameter(1, afterId).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private String json(SessionGoNoGo.Decision decision) {
        try {
            return json.writeValueAsString(decision.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The go/no-go of a session could not be written as JSON", e);
        }
    }

    public SessionGoNoGo.Decision decide(TestSession session) {
        return SessionGoNoGo.of(SessionStory.of(session));
    }

    /** Decides each session again, in id order (so that two transactions lock their rows in the same order). */
    public void recheck(Collection<Long> sessionIds) {
        sessionIds.stream().distinct().sorted().forEach(this::recheck);
    }

    public void recheck(long sessionId) {
        TestSession session = TestSession.findById(sessionId);
        if (session == null) {
            return;
        }
        SessionGoNoGo.Decision decision = decide(session);
        String current = decision.verdict().name();
        // The row lock makes "what it was" and "what it is now" one step: two transactions that both change a
        // session's verdict announce one change each, never the same one twice. "No key update" is the lock the
        // update takes anyway: it lets uploads that reference the session (foreign keys take key-share locks) go on,
        // where "for update" would deadlock with them. The session's version is left alone, so that deciding it
        // again never conflicts with someone editing the session.
        @SuppressWarnings("unchecked")
        List<String> was = entityManager.createNativeQuery("select go_no_go from test_session where id = ?1 for no key update")
                .setParameter(1, sessionId).getResultList();
        String previous = was.isEmpty() ? null : was.get(0);
        entityManager.createNativeQuery("update test_session set go_no_go = ?1, go_no_go_summary = ?2, "
                + "go_no_go_decision = ?3 where id = ?4").setParameter(1, current).setParameter(2, decision.summary())
                .setParameter(3, json(decision)).setParameter(4, sessionId).executeUpdate();
        if (previous != null && !previous.equals(current)) {
            changed.fire(new SessionGoNoGoChanged(sessionId, previous, current));
        }
    }
}
