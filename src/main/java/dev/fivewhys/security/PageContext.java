package dev.fivewhys.security;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.qute.RawString;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/** Who is looking at which page, for the layout and for hiding buttons a role may not use. */
@RequestScoped
@Named("page")
public class PageContext {

    /** Pages that belong to a section of the navigation without sharing its path. */
    private static final Map<String, String> SECTION_OF = Map.of("/fixes", "/analyses", "/audits", "/analyses",
            "/stability-validations", "/analyses");

    @Inject
    SecurityIdentity identity;
    @Inject
    HttpServerRequest request;

    // this request's path and the section it is in, found once for the navigation's links
    private String path;
    private String section;

    public boolean authenticated() {
        return !identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public String role() {
        return Role.ALL.stream().filter(identity::hasRole).findFirst().orElse("");
    }

    public boolean canEdit() {
        return identity.hasRole(Role.ENGINEER) || identity.hasRole(Role.ADMIN);
    }

    public boolean admin() {
        return identity.hasRole(Role.ADMIN);
    }

    /** The main navigation's links for this role and page, for the layout. */
    public RawString navigation() {
        return Navigation.html(canEdit(), admin(), this::current);
    }

    /**
     * How a navigation link relates to this page, as aria-current says it: "page" on the link to this very page, "true"
     * on the link to the section it is in (a failure under Failures), null elsewhere.
     */
    public String current(String href) {
        if (path == null) {
            path = request.path();
            section = path;
            for (Map.Entry<String, String> e : SECTION_OF.entrySet()) {
                if (within(path, e.getKey())) {
                    section = e.getValue();
                    break;
                }
            }
        }
        if (path.equals(href)) {
            return "page";
        }
        return section.equals(href) || within(section, href) ? "true" : null;
    }

    /** Whether a path is below another, without building the prefix: this runs for every link of every page. */
    private static boolean within(String path, String above) {
        return path.length() > above.length() && path.charAt(above.length()) == '/' && path.startsWith(above);
    }
}
