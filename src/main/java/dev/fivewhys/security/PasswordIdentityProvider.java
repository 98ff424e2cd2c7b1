package dev.fivewhys.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/** Checks a username and password (the login form and HTTP Basic) against the stored bcrypt hash. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    // Compared against when the user does not exist, so both paths take the same time.
    private static final String UNKNOWN_USER_HASH = BcryptUtil.bcryptHash("no-such-user");

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    @ActivateRequestContext
    SecurityIdentity verify(String username, String password) {
        User user = User.findActiveByUsername(username).orElse(null);
        if (user == null) {
            BcryptUtil.matches(password, UNKNOWN_USER_HASH);
            throw new AuthenticationFailedException();
        }
        if (!user.passwordMatches(password)) {
            throw new AuthenticationFailedException();
        }
        return Identities.of(user);
    }
}
