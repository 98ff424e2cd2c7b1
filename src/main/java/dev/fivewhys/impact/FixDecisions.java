package dev.fivewhys.impact;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;

/**
 * The go/no-go of fixes read with the fixes themselves: the latest audit and stability validation of each (one index
 * read each) and that audit's conditions, as one column of the statement that lists them ({@link #DECISION}), so a
 * view decides the fixes it shows without statements of its own (it had two per list, three lists a view).
 * {@link #READY} says the same in SQL, so lists can be filtered and ordered in the database.
 */
public final class FixDecisions {

    /** Lateral joins giving the latest audit ({@code au}) and stability validation ({@code sv}) of fix {@code x}. */
    public static final String LATEST_VERDICTS = """
            left join lateral (select id, recommendation, recorded_at from compliance_audit where fix_id = x.id
                               order by recorded_at desc, id desc limit 1) au on true
            left join lateral (select readiness, notes, recorded_at from stability_validation where fix_id = x.id
                               order by recorded_at desc, id desc limit 1) sv on true
            """;

    /**
     * Whether fix {@code x} may be deployed, over {@link #LATEST_VERDICTS}: the rule of {@link GoNoGo} said once in SQL,
     * by fix_ready (migration V16_10), which also keeps the lists of fixes waiting on a decision or a deployment.
     */
    public static final String READY = "fix_ready(au.recommendation, sv.readiness)";

    /**
     * What decides fix {@code x}, over {@link #LATEST_VERDICTS}, as a JSON array for {@link #of(JsonNode)}: the latest
     * audit's recommendation and conditions (in order), the latest stability validation's readiness and notes.
     */
    public static final String DECISION = """
            json_build_array(au.recommendation, (select json_agg(c.text order by c.position) from audit_condition c
                                                 where c.audit_id = au.id), sv.readiness, sv.notes)""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FixDecisions() {
    }

    /** The decision of a {@link #DECISION} column as read. */
    public static GoNoGo.Decision of(String decision) {
        try {
            return of(JSON.readTree(decision));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision of a fix: " + decision, e);
        }
    }

    /** The decision of a {@link #DECISION} column, nested in another JSON column. */
    public static GoNoGo.Decision of(JsonNode decision) {
        String recommendation = text(decision.get(0));
        String readiness = text(decision.get(2));
        List<String> conditions = new ArrayList<>();
        decision.get(1).forEach(c -> conditions.add(c.asText()));
        return GoNoGo.evaluate(recommendation == null ? null : AuditRecommendation.valueOf(recommendation), conditions,
                readiness == null ? null : Readiness.valueOf(readiness), text(decision.get(3)));
    }

    private static String text(JsonNode value) {
        return value.isNull() ? null : value.asText();
    }
}
