package dev.fivewhys.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(User user) {
        return builder(user).build();
    }

    /** A browser login: the identity carries the login, for logout and the CSRF check. */
    static SecurityIdentity of(LoginSession login) {
        return builder(login.user).addAttribute(CurrentLogin.ATTRIBUTE, new CurrentLogin(login.id, login.csrfToken))
                .build();
    }

    private static QuarkusSecurityIdentity.Builder builder(User user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role);
    }
}
