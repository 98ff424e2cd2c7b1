package dev.fivewhys.history;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** The tests list's filters (page and API alike): a project's tests, flaky or quarantined ones, by name. */
public record TestFilter(String project, String flaky, String quarantined, String q) {

    public TestFilter {
        project = blankToNull(project);
        flaky = blankToNull(flaky);
        quarantined = blankToNull(quarantined);
        q = blankToNull(q);
        if (flaky != null && !flaky.equals("true") && !flaky.equals("false")) {
            throw new BadRequestException("flaky is true or false");
        }
        if (quarantined != null && !quarantined.equals("true") && !quarantined.equals("false")) {
            throw new BadRequestException("quarantined is true or false");
        }
        if (q != null && q.length() > 200) {
            throw new BadRequestException("q: at most 200 characters");
        }
    }

    /** The newest tests first (indexes test_case_project_idx, test_case_flaky_idx, test_case_quarantined_idx). */
    PanacheQuery<TestCase> query(Instant now, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (project != null) {
            where.append(" and project.slug = :project");
            params.put("project", project);
        }
        if (flaky != null) {
            where.append(" and flaky = :flaky");
            params.put("flaky", Boolean.valueOf(flaky));
        }
        if (quarantined != null) {
            where.append(quarantined.equals("true") ? " and quarantinedUntil > :now"
                    : " and (quarantinedUntil is null or quarantinedUntil <= :now)");
            params.put("now", now);
        }
        if (q != null) {
            where.append(" and lower(name) like :q escape '\\'");
            params.put("q", "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        where.append(" order by id desc");
        return TestCase.<TestCase> find(where.toString(), params).page(Page.of(page - 1, size));
    }

    public String pagerBase() {
        StringBuilder base = new StringBuilder("/tests?");
        append(base, "project", project);
        append(base, "flaky", flaky);
        append(base, "quarantined", quarantined);
        append(base, "q", q);
        return base.toString();
    }

    private static void append(StringBuilder base, String name, String value) {
        if (value != null) {
            base.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
