package dev.fivewhys.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

/**
 * The main navigation's links as HTML, rendered once for each role and current link and then kept: it is the same for
 * every page of a section and role, and rendered per view it cost ten tag calls and ~30 expressions (3–4% of the
 * failures list's CPU samples).
 */
final class Navigation {

    /** Who sees a link. */
    private enum Audience {
        EVERYONE,
        EDITORS,
        ADMINS
    }

    private record Entry(String href, String label, Audience audience) {
    }

    /** A link as the page shows it; current is its aria-current value, null when it is not this page's. */
    public record Link(String href, String label, String current) {
    }

    private record Key(boolean canEdit, boolean admin, String currentHref, String current) {
    }

    private static final List<Entry> ENTRIES = List.of(new Entry("/impact", "Impact", Audience.EVERYONE),
            new Entry("/my-work", "My work", Audience.EVERYONE), new Entry("/sessions", "Sessions", Audience.EVERYONE),
            new Entry("/failures", "Failures", Audience.EVERYONE), new Entry("/tests", "Tests", Audience.EVERYONE),
            new Entry("/analyses", "Analyses", Audience.EVERYONE), new Entry("/projects", "Projects", Audience.EVERYONE),
            new Entry("/github/sync", "GitHub sync", Audience.EDITORS),
            new Entry("/admin/users", "Users", Audience.ADMINS),
            new Entry("/admin/root-causes", "Root causes", Audience.ADMINS));

    private static final Map<Key, RawString> RENDERED = new ConcurrentHashMap<>();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance links(List<Link> links);
    }

    private Navigation() {
    }

    /** How a link relates to the page, as {@link PageContext#current} says it. */
    interface Current {
        String of(String href);
    }

    /** The links one may follow, the one to this page or its section marked. */
    static RawString html(boolean canEdit, boolean admin, Current current) {
        Key key = new Key(canEdit, admin, null, null);
        // at most one link is current: no link's path is another's section
        for (Entry entry : ENTRIES) {
            String value = current.of(entry.href);
            if (value != null) {
                key = new Key(canEdit, admin, entry.href, value);
                break;
            }
        }
        return RENDERED.computeIfAbsent(key, Navigation::render);
    }

    private static RawString render(Key key) {
        List<Link> links = ENTRIES.stream()
                .filter(e -> e.audience == Audience.EVERYONE || e.audience == Audience.EDITORS && key.canEdit
                        || e.audience == Audience.ADMINS && key.admin)
                .map(e -> new Link(e.href, e.label, e.href.equals(key.currentHref) ? key.current : null)).toList();
        // the layout puts it on a line of its own, indented
        return new RawString(Templates.links(links).render().stripTrailing());
    }
}
