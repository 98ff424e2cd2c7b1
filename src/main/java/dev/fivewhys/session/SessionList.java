package dev.fivewhys.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.project.Project;

/**
 * A page of sessions as the API lists them, read in a fixed number of queries whatever its size: their projects,
 * phases with suites, and criteria one query each, and each session's go/no-go as it was last kept
 * (test_session.go_no_go_decision) rather than decided again. Only a session never decided since that is kept is
 * decided here (UndecidedSessions fills those in the background).
 */
final class SessionList {

    private SessionList() {
    }

    static List<SessionJson.Session> of(List<TestSession> sessions, SessionJudge judge, ObjectMapper json) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sessions.stream().map(s -> s.id).toList();
        // the projects in the persistence context: each session's project is then no query of its own
        Project.list("id in ?1", sessions.stream().map(s -> s.project.id).distinct().toList());
        Map<Long, List<PhaseContent>> phases = phases(ids);
        Map<Long, List<CriterionContent>> criteria = new HashMap<>();
        for (Object[] row : rows("select c.session.id, c.text, c.state from SuccessCriterion c "
                + "where c.session.id in ?1 order by c.session.id, c.position", ids)) {
            criteria.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new CriterionContent((String) row[1], (CriterionState) row[2]));
        }
        return sessions.stream().map(s -> SessionJson.Session.of(s, phases.getOrDefault(s.id, List.of()),
                criteria.getOrDefault(s.id, List.of()), decision(s, judge, json))).toList();
    }

    private static Map<Long, List<PhaseContent>> phases(List<Long> sessionIds) {
        record Phase(long session, String name, String priority, String description, List<PhaseContent.Suite> suites) {
        }
        Map<Long, Phase> byId = new LinkedHashMap<>();
        for (Object[] row : rows("select p.id, p.session.id, p.name, p.priority, p.description from SessionPhase p "
                + "where p.session.id in ?1 order by p.session.id, p.position", sessionIds)) {
            byId.put((Long) row[0], new Phase((Long) row[1], (String) row[2], (String) row[3], (String) row[4],
                    new ArrayList<>()));
        }
        if (!byId.isEmpty()) {
            for (Object[] row : rows("select s.phase.id, s.path, s.expectedCount, s.description from PhaseSuite s "
                    + "where s.phase.id in ?1 order by s.phase.id, s.position", List.copyOf(byId.keySet()))) {
                byId.get((Long) row[0]).suites()
                        .add(new PhaseContent.Suite((String) row[1], (Integer) row[2], (String) row[3]));
            }
        }
        Map<Long, List<PhaseContent>> phases = new HashMap<>();
        byId.values().forEach(p -> phases.computeIfAbsent(p.session(), k -> new ArrayList<>())
                .add(new PhaseContent(p.name(), p.priority(), p.description(), p.suites())));
        return phases;
    }

    private static List<Object[]> rows(String query, List<Long> ids) {
        return TestSession.getEntityManager().createQuery(query, Object[].class).setParameter(1, ids).getResultList();
    }

    private static SessionJson.GoNoGo decision(TestSession session, SessionJudge judge, ObjectMapper json) {
        if (session.goNoGoDecision == null) {
            return judge.judge(session);
        }
        try {
            return json.readValue(session.goNoGoDecision, SessionJson.GoNoGo.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The kept go/no-go of session " + session.id + " is not JSON", e);
        }
    }
}
