package dev.fivewhys.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/** Turns a personal API token into its owner's identity, with the owner's current role. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    // Writing "last used" on every call would turn each API read into a write; once a minute is enough.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Inject
    Clock clock;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getToken().getToken()));
    }

    @Transactional
    SecurityIdentity verify(String secret) {
        ApiToken token = ApiToken.findUsable(secret).orElseThrow(AuthenticationFailedException::new);
        var now = clock.instant();
        if (token.lastUsedAt == null || token.lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now)) {
            token.lastUsedAt = now;
        }
        return Identities.of(token.user);
    }
}
