package dev.fivewhys.github.client;

import org.kohsuke.github.authorization.AuthorizationProvider;

/** Authorises requests with a personal (or other fixed) token. */
final class BearerToken implements AuthorizationProvider {

    private final String token;

    BearerToken(String token) {
        this.token = token;
    }

    @Override
    public String getEncodedAuthorization() {
        return "Bearer " + token;
    }

    /** Never prints the token: secrets stay out of logs, pages and exceptions. */
    @Override
    public String toString() {
        return "BearerToken[***]";
    }
}
