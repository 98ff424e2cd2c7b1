package dev.fivewhys.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(User user) {
        return builder(user.username, user.role).build();
    }

    /** A browser login: the identity carries the login, for logout and the CSRF check. */
    static SecurityIdentity of(LoginSession.Usable login) {
        return builder(login.username(), login.role())
                .addAttribute(CurrentLogin.ATTRIBUTE, new CurrentLogin(login.id(), login.csrfToken())).build();
    }

    private static QuarkusSecurityIdentity.Builder builder(String username, String role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role);
    }
}
