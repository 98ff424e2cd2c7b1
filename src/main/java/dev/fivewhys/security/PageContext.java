package dev.fivewhys.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is looking at the page, for the layout and for hiding buttons a role may not use. */
@RequestScoped
@Named("page")
public class PageContext {

    @Inject
    SecurityIdentity identity;

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
}
