package dev.fivewhys.web;

import java.util.HashMap;
import java.util.Map;

/** The where clause of an API list's query, one condition per filter given; a filter left out adds nothing. */
public final class Where {

    private final StringBuilder clause = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code condition} (naming {@code :name}) when the value is given. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            clause.append(" and ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    public String orderBy(String order) {
        return clause + " order by " + order;
    }

    public Map<String, Object> params() {
        return params;
    }
}
