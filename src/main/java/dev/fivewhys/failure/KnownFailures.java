package dev.fivewhys.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids of the project's existing failures, looked up once per signature while an upload writes its
 * results, so that results of known failures are written with their failure_id and need no second pass.
 * Failures that do not exist yet are created, and their results linked, by {@link FailureLedger}.
 */
public final class KnownFailures implements AutoCloseable {

    private final PreparedStatement select;
    private final Map<String, Long> idByHash = new HashMap<>();

    public KnownFailures(Connection connection, long projectId) throws SQLException {
        select = connection.prepareStatement("select id from failure where project_id = ? and signature_hash = ?");
        select.setLong(1, projectId);
    }

    /** The failure with this signature hash, or null when the project has none yet. */
    public Long idOf(String signatureHash) throws SQLException {
        if (idByHash.containsKey(signatureHash)) {
            return idByHash.get(signatureHash);
        }
        select.setString(2, signatureHash);
        Long id = null;
        try (ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                id = rs.getLong(1);
            }
        }
        idByHash.put(signatureHash, id);
        return id;
    }

    @Override
    public void close() throws SQLException {
        select.close();
    }
}
