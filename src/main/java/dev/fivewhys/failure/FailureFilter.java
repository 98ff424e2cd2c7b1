package dev.fivewhys.failure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Query;
import jakarta.ws.rs.BadRequestException;

import dev.fivewhys.project.Severity;

/**
 * The failure list's filters (page and API alike), in SQL over {@code failure f}, sorted by impact: the worst severity
 * first, then the most occurrences, then the most recent.
 */
public record FailureFilter(String project, String status, String severity, String recurring) {

    public FailureFilter {
        project = blankToNull(project);
        status = blankToNull(status);
        severity = blankToNull(severity);
        recurring = blankToNull(recurring);
        if (status != null && !isKnown(FailureStatus.class, status)) {
            throw new BadRequestException("Unknown status " + status);
        }
        if (severity != null && !isKnown(Severity.class, severity)) {
            throw new BadRequestException("Unknown severity " + severity);
        }
        if (recurring != null && !recurring.equals("true") && !recurring.equals("false")) {
            throw new BadRequestException("recurring is true or false");
        }
    }

    /** By impact: the worst severity first, then the most occurrences, then the most recent (index failure_impact_idx). */
    static final String BY_IMPACT = "f.severity_rank, f.occurrences desc, f.last_seen_at desc, f.id desc";

    /** A page of the failures that match, by impact, as entities (the API's list). */
    List<Failure> page(int page, int size) {
        List<Object> params = new ArrayList<>();
        String sql = "select f.* from " + from() + " where " + sqlWhere(params) + " order by " + BY_IMPACT
                + " limit ? offset ?";
        params.add(size);
        params.add((long) (page - 1) * size);
        @SuppressWarnings("unchecked")
        List<Failure> failures = bind(Failure.getEntityManager().createNativeQuery(sql, Failure.class), params)
                .getResultList();
        return failures;
    }

    /** How many failures match. */
    long count() {
        List<Object> params = new ArrayList<>();
        String sql = "select count(*) from " + from() + " where " + sqlWhere(params);
        return ((Number) bind(Failure.getEntityManager().createNativeQuery(sql), params).getSingleResult()).longValue();
    }

    /** The failures, with their project only when filtered by it. */
    String from() {
        return project == null ? "failure f" : "failure f join project p on p.id = f.project_id";
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    /** The same filters in SQL over {@code failure f} (and {@code project p} when filtered by project), for JDBC. */
    String sqlWhere(List<Object> params) {
        StringBuilder where = new StringBuilder("true");
        if (project != null) {
            where.append(" and p.slug = ?");
            params.add(project);
        }
        if (status != null) {
            where.append(" and f.status = ?");
            params.add(status);
        }
        if (severity != null) {
            where.append(" and f.severity = ?");
            params.add(severity);
        }
        if (recurring != null) {
            where.append(" and f.recurring = ?");
            params.add(Boolean.valueOf(recurring));
        }
        return where.toString();
    }

    /** The list's address with these filters, ready for "page=N" to be appended. */
    public String pagerBase() {
        StringBuilder base = new StringBuilder("/failures?");
        append(base, "project", project);
        append(base, "status", status);
        append(base, "severity", severity);
        append(base, "recurring", recurring);
        return base.toString();
    }

    private static void append(StringBuilder base, String name, String value) {
        if (value != null) {
            base.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    private static <E extends Enum<E>> boolean isKnown(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
