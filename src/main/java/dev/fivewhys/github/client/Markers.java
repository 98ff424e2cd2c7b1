package dev.fivewhys.github.client;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hidden markers tie a GitHub issue or comment to the record it mirrors. They sit in the body as an HTML
 * comment, which GitHub does not render, so the app can find its own issue or comment again after a lost
 * response or a lost database row, instead of creating a duplicate.
 */
public final class Markers {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern MARKER = Pattern.compile("<!-- fivewhys:(" + KIND + "):(" + ID + ") -->");

    private Markers() {
    }

    /** A marker as found in a body. */
    public record Marker(String kind, String id) {

        public String text() {
            return marker(kind, id);
        }
    }

    /** {@code marker("failure", 42)} is {@code <!-- fivewhys:failure:42 -->}. */
    public static String marker(String kind, Object id) {
        String idText = String.valueOf(id);
        // Checked so that every marker written can be found again by find().
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("marker kind must be lower-case letters, digits or '-': " + kind);
        }
        if (id == null || !ID.matcher(idText).matches()) {
            throw new IllegalArgumentException("marker id must be letters, digits, '.', '_' or '-': " + idText);
        }
        return "<!-- fivewhys:" + kind + ":" + idText + " -->";
    }

    /** The first marker in a body, if any. */
    public static Optional<Marker> find(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(body);
        return m.find() ? Optional.of(new Marker(m.group(1), m.group(2))) : Optional.empty();
    }

    /** Whether a body carries exactly this marker. */
    public static boolean carries(String body, String marker) {
        return body != null && body.contains(marker);
    }
}
