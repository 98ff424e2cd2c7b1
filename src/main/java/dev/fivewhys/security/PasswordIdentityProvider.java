package dev.fivewhys.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

/** HTTP Basic on the API: the same password check, and the same throttle, as the login form. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    PasswordCheck passwords;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        var routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null ? null : PasswordCheck.addressOf(routing.request());
        return context.runBlocking(() -> verify(request.getUsername(), new String(request.getPassword().getPassword()),
                address));
    }

    /** @throws AuthenticationFailedException a wrong password, or caused by {@link LoginThrottled} */
    @ActivateRequestContext
    SecurityIdentity verify(String username, String password, String address) {
        try {
            return Identities.of(passwords.verify(username, password, address));
        } catch (LoginThrottled throttled) {
            throw new AuthenticationFailedException(throttled);
        }
    }
}
