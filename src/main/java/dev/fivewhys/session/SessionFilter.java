package dev.fivewhys.session;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** The session list's filters, turned into one indexed query. */
public record SessionFilter(String project, String status) {

    public SessionFilter {
        project = project == null || project.isBlank() ? null : project;
        status = status == null || status.isBlank() ? null : status;
        if (status != null && !isKnown(status)) {
            throw new BadRequestException("Unknown status " + status);
        }
    }

    private static boolean isKnown(String status) {
        return Arrays.stream(SessionStatus.values()).anyMatch(known -> known.name().equals(status));
    }

    PanacheQuery<TestSession> query(int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (project != null) {
            where.append(" and project.slug = :project");
            params.put("project", project);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", SessionStatus.valueOf(status));
        }
        where.append(" order by startedAt desc nulls last, id desc");
        return TestSession.<TestSession> find(where.toString(), params).page(Page.of(page - 1, size));
    }

    /** The list's address with these filters, ready for "page=N" to be appended. */
    public String pagerBase() {
        StringBuilder base = new StringBuilder("/sessions?");
        if (project != null) {
            base.append("project=").append(URLEncoder.encode(project, StandardCharsets.UTF_8)).append('&');
        }
        if (status != null) {
            base.append("status=").append(status).append('&');
        }
        return base.toString();
    }

    public static boolean isKnownStatus(String status) {
        for (SessionStatus s : SessionStatus.values()) {
            if (s.name().equals(status)) {
                return true;
            }
        }
        return false;
    }
}
