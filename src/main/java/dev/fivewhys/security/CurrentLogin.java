package dev.fivewhys.security;

import io.quarkus.security.identity.SecurityIdentity;

/** The browser login a request came with; API calls (token, HTTP Basic) have none. */
public record CurrentLogin(long sessionId, String csrfToken) {

    static final String ATTRIBUTE = "fivewhys.login";

    static CurrentLogin of(SecurityIdentity identity) {
        return identity.getAttribute(ATTRIBUTE);
    }
}
