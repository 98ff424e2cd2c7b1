package dev.fivewhys.github.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import dev.fivewhys.core.Sleeper;
import dev.fivewhys.github.client.WritePacer;
import io.agroal.api.AgroalDataSource;

/**
 * One pace per token for every copy of the app, kept in PostgreSQL. A write takes its turn by moving the token's
 * {@code last_write_at} from the value it read to the moment it is sent, in one statement that succeeds only if no
 * other copy moved it first; the loser reads again and waits its turn. When GitHub has answered, {@code last_write_at}
 * moves on to that moment: the request surely reached GitHub by then, however long its way there took (a new
 * connection, a slow network), so the next write, from whichever copy, reaches GitHub at least a second after it.
 * The per-minute and per-hour counts are of writes actually sent. Nothing waits inside a transaction: each
 * statement commits on its own. The instants come from each copy's clock, so copies are expected to keep time (NTP).
 */
@ApplicationScoped
public class SharedWritePacer implements WritePacer {

    private static final WriteLimits LIMITS = WriteLimits.GITHUB;

    private final AgroalDataSource dataSource;
    private final TransactionManager transactions;
    private final Clock clock;
    private final Sleeper sleeper;

    @Inject
    public SharedWritePacer(AgroalDataSource dataSource, TransactionManager transactions, Clock clock, Sleeper sleeper) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void awaitTurn(String tokenKey) throws InterruptedException {
        requireNoTransaction();
        while (true) {
            Instant now = clock.instant();
            Turns turns = read(tokenKey, now);
            Instant earliest = LIMITS.earliest(turns.sentNewestFirst(), now);
            if (turns.last() != null && turns.last().toInstant().plus(LIMITS.minGap()).isAfter(earliest)) {
                // The previous write's answer, which may have come well after it was sent.
                earliest = turns.last().toInstant().plus(LIMITS.minGap());
            }
            if (earliest.isAfter(now)) {
                sleeper.sleep(Duration.between(now, earliest));
            } else if (take(tokenKey, turns.last(), clock.instant())) {
                return;
            }
        }
    }

    private record Turns(Timestamp last, List<Instant> sentNewestFirst) {
    }

    private Turns read(String tokenKey, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ensure = c.prepareStatement(
                    "insert into github_token (token_key) values (?) on conflict (token_key) do nothing");
                    PreparedStatement forget = c.prepareStatement(
                            "delete from github_write where token_key = ? and sent_at < ?")) {
                ensure.setString(1, tokenKey);
                ensure.executeUpdate();
                forget.setString(1, tokenKey);
                forget.setTimestamp(2, Timestamp.from(now.minus(LIMITS.memory())));
                forget.executeUpdate();
            }
            Timestamp last;
            try (PreparedStatement q = c.prepareStatement("select last_write_at from github_token where token_key = ?")) {
                q.setString(1, tokenKey);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    last = rs.getTimestamp(1);
                }
            }
            List<Instant> sent = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "select sent_at from github_write where token_key = ? order by sent_at desc limit ?")) {
                q.setString(1, tokenKey);
                q.setInt(2, LIMITS.limits().stream().mapToInt(WriteLimits.Limit::requests).max().orElse(1));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        sent.add(rs.getTimestamp(1).toInstant());
                    }
                }
            }
            return new Turns(last, sent);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the GitHub write pace", e);
        }
    }

    @Override
    public void answered(String tokenKey) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement answered = c.prepareStatement(
                        "update github_token set last_write_at = greatest(last_write_at, ?) where token_key = ?")) {
            answered.setTimestamp(1, Timestamp.from(clock.instant()));
            answered.setString(2, tokenKey);
            answered.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record GitHub's answer to a write", e);
        }
    }

    /** Records {@code now} as this token's latest write, unless another write took the turn since {@code last}. */
    private boolean take(String tokenKey, Timestamp last, Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement take = c.prepareStatement("""
                        with won as (update github_token set last_write_at = ?
                                     where token_key = ? and last_write_at is not distinct from ? returning token_key)
                        insert into github_write (token_key, sent_at) select token_key, ? from won
                        """)) {
            Timestamp at = Timestamp.from(now);
            take.setTimestamp(1, at);
            take.setString(2, tokenKey);
            take.setTimestamp(3, last);
            take.setTimestamp(4, at);
            return take.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a GitHub write", e);
        }
    }

    private void requireNoTransaction() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                throw new IllegalStateException("the GitHub write pacer may wait: never call it inside a transaction");
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
