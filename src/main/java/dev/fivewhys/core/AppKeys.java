package dev.fivewhys.core;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Secret keys the app needs and makes itself: 256 random bits generated the first time a key is asked for, kept in
 * the database so that restarts and every copy of the app use the same one. Whichever copy asks first stores its key
 * ({@code on conflict do nothing}); the others read that one. A key is never logged, only that it was made.
 */
@ApplicationScoped
public class AppKeys {

    private static final Logger LOG = Logger.getLogger(AppKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    /** The key of this name; the same bytes on every copy of the app, for as long as the database lives. */
    public byte[] key(String name) {
        return keys.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String name) {
        // its own transaction: a key must be stored for good even if the caller's work rolls back
        return QuarkusTransaction.requiringNew().call(() -> loadOrCreateIn(name));
    }

    private byte[] loadOrCreateIn(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into app_key (name, secret, created_at) values (?, ?, ?) on conflict (name) do nothing");
                PreparedStatement select = connection.prepareStatement("select secret from app_key where name = ?")) {
            insert.setString(1, name);
            insert.setBytes(2, fresh);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            if (insert.executeUpdate() == 1) {
                LOG.infof("Generated the %s key and stored it in the database", name);
            }
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read or store the " + name + " key", e);
        }
    }
}
