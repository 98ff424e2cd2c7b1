package dev.fivewhys.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of the project's existing failures, looked up once per signature (a batch at a time) while an upload writes its
 * results, so that results of known failures are written with their failure_id and need no second pass.
 * Failures that do not exist yet are created, and their results linked, by {@link FailureLedger}.
 */
public final class KnownFailures implements AutoCloseable {

    private final PreparedStatement select;
    private final Map<String, Long> idByHash = new HashMap<>();

    public KnownFailures(Connection connection, long projectId) throws SQLException {
        select = connection
                .prepareStatement("select id, signature_hash from failure where project_id = ? and signature_hash = any(?)");
        select.setLong(1, projectId);
    }

    /** The signature hashes among these that have not been looked up yet (none once a report's kinds are known). */
    public List<String> unknown(Collection<String> signatureHashes) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String hash : signatureHashes) {
            if (hash != null && !idByHash.containsKey(hash)) {
                unknown.add(hash);
            }
        }
        return List.copyOf(unknown);
    }

    /** Looks these signature hashes up in one query (the connection must be free: no COPY under way). */
    public void lookUp(List<String> signatureHashes) throws SQLException {
        if (signatureHashes.isEmpty()) {
            return;
        }
        for (String hash : signatureHashes) {
            idByHash.put(hash, null);
        }
        select.setArray(2, select.getConnection().createArrayOf("varchar", signatureHashes.toArray()));
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                idByHash.put(rs.getString(2), rs.getLong(1));
            }
        }
    }

    /** The failure with this signature hash, or null when the project has none yet or it was not looked up. */
    public Long idOf(String signatureHash) {
        return signatureHash == null ? null : idByHash.get(signatureHash);
    }

    @Override
    public void close() throws SQLException {
        select.close();
    }
}
