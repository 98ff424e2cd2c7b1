package dev.fivewhys.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The identity of a login cookie. The login and its user are read again on every request, so that a logout, a
 * deactivation or a role change takes effect at once on every copy of the app.
 */
@ApplicationScoped
public class LoginSessionIdentityProvider implements IdentityProvider<LoginSessionMechanism.Request> {

    @Inject
    LoginSessions sessions;

    @Override
    public Class<LoginSessionMechanism.Request> getRequestType() {
        return LoginSessionMechanism.Request.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(LoginSessionMechanism.Request request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> restore(request.token));
    }

    @ActivateRequestContext
    SecurityIdentity restore(String token) {
        return sessions.resume(token).map(Identities::of).orElseThrow(AuthenticationFailedException::new);
    }
}
