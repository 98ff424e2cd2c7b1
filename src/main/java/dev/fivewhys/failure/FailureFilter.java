package dev.fivewhys.failure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.BadRequestException;

import dev.fivewhys.project.Severity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/**
 * The failure list's filters (page and API alike), as one query sorted by impact: the worst severity
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

    PanacheQuery<Failure> query(int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(params) + " order by severityRank, occurrences desc, lastSeenAt desc, id desc";
        return Failure.<Failure> find(where, params).page(Page.of(page - 1, size));
    }

    /**
     * How many failures match, as a count query written out: Hibernate keeps its translation to SQL, where Panache's
     * counts ({@code PanacheQuery.count()}, {@code count(query, params)}) derive a count query that is translated to SQL
     * again on every call.
     */
    long count() {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> count = Failure.getEntityManager()
                .createQuery("select count(*) from Failure where " + where(params), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private String where(Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (project != null) {
            where.append(" and project.slug = :project");
            params.put("project", project);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", FailureStatus.valueOf(status));
        }
        if (severity != null) {
            where.append(" and severity = :severity");
            params.put("severity", Severity.valueOf(severity));
        }
        if (recurring != null) {
            where.append(" and recurring = :recurring");
            params.put("recurring", Boolean.valueOf(recurring));
        }
        return where.toString();
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
