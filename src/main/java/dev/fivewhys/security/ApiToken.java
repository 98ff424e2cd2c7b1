package dev.fivewhys.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.fivewhys.core.Sha256;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A personal API token. The token has 256 random bits, so a plain SHA-256 is enough to store it:
 * unlike a password it cannot be guessed, and looking it up by hash stays an index read.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntity {

    static final String PREFIX = "fw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    public User user;
    public String name;
    @Column(name = "token_hash")
    public String tokenHash;
    /** The first characters of the token, so its owner can tell tokens apart. */
    public String prefix;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The token value, returned once to show its owner; only its hash is stored. */
    public record Issued(ApiToken token, String secret) {
    }

    public static Issued issue(User user, String name, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.user = user;
        token.name = name;
        token.tokenHash = Sha256.hex(secret);
        token.prefix = secret.substring(0, 10);
        token.createdAt = now;
        token.persist();
        return new Issued(token, secret);
    }

    public static Optional<ApiToken> findUsable(String secret) {
        return find("tokenHash = ?1 and revokedAt is null and user.active = true", Sha256.hex(secret)).firstResultOptional();
    }

    public static List<ApiToken> listOf(User user) {
        return list("user = ?1 order by createdAt desc", user);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

}
