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
 * The failure id of each signature an upload writes, looked up once per signature (a batch at a time) while it writes
 * its results, so that every failing result is written with its failure_id and needs no second pass. A signature the
 * project has no failure for yet gets an id drawn from failure_seq for the failure {@link FailureLedger} creates once
 * the rows are written: updating thousands of rows of a month's partition afterwards cost more than grouping.
 */
public final class KnownFailures implements AutoCloseable {

    private final PreparedStatement select;
    private final Map<String, Long> idByHash = new HashMap<>();
    private final Map<String, Long> reserved = new HashMap<>();

    public KnownFailures(Connection connection, long projectId) throws SQLException {
        // nextval only for the signatures without a failure (coalesce evaluates it for those rows alone)
        select = connection.prepareStatement("select h, f.id, coalesce(f.id, nextval('failure_seq')) from "
                + "unnest(cast(? as varchar[])) h left join failure f on f.project_id = ? and f.signature_hash = h");
        select.setLong(2, projectId);
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
        select.setArray(1, select.getConnection().createArrayOf("varchar", signatureHashes.toArray()));
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String hash = rs.getString(1);
                long id = rs.getLong(3);
                idByHash.put(hash, id);
                if (rs.getObject(2) == null) {
                    reserved.put(hash, id);
                }
            }
        }
    }

    /** The failure id for this signature hash (an existing failure's or one drawn for it), or null when not looked up. */
    public Long idOf(String signatureHash) {
        return signatureHash == null ? null : idByHash.get(signatureHash);
    }

    /**
     * The ids drawn for signatures the project had no failure for when they were looked up, by hash: {@link FailureLedger}
     * creates their failures with these ids (or moves their results to a failure another upload created meanwhile).
     */
    public Map<String, Long> reserved() {
        return Map.copyOf(reserved);
    }

    @Override
    public void close() throws SQLException {
        select.close();
    }
}
