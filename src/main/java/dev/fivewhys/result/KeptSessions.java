package dev.fivewhys.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import dev.fivewhys.session.TestSession;

/**
 * Marks a session's results "keep": retention ({@link ResultRetention}) moves them out of a month before dropping
 * it. One atomic SQL update that leaves the session's version alone, so an edit form opened before it is not
 * stale and two people pressing the button at once both succeed.
 */
@ApplicationScoped
public class KeptSessions {

    @Transactional
    public void keep(long sessionId, boolean keep) {
        int updated = TestSession.getEntityManager()
                .createNativeQuery("update test_session set keep_results = ?1 where id = ?2").setParameter(1, keep)
                .setParameter(2, sessionId).executeUpdate();
        if (updated == 0) {
            throw new NotFoundException();
        }
    }
}
