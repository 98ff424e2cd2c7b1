package dev.fivewhys.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/** The CSRF token of the current login, for the forms' hidden field: {@code {#csrf /}} (tags/csrf.html). */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    /** The form field that carries the token. */
    public static final String FIELD = "csrf-token";
    /** The header that may carry it instead, for scripts. */
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    SecurityIdentity identity;

    public String parameterName() {
        return FIELD;
    }

    /** Empty when nobody is logged in: then the page has no forms that need it. */
    public String token() {
        CurrentLogin login = CurrentLogin.of(identity);
        return login == null ? "" : login.csrfToken();
    }
}
