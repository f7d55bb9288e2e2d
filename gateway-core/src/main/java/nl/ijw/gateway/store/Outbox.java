package nl.ijw.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The outbox table (migration V6): outputs committed with their cause, published by a relay. */
public final class Outbox {

    /** An output to write: bytes either from a journal entry or given. */
    public record Row(long journalId, String kind, String destination, String propertiesJson, Long payloadJournalId,
                      byte[] payload) {
    }

    /** A row read back for publishing, with its bytes. */
    public record Pending(long id, long journalId, String kind, String destination, String propertiesJson,
                          byte[] payload) {
    }

    private static final String INSERT = "INSERT INTO outbox (journal_id, kind, destination, properties,"
            + " payload_journal_id, payload, created_at, sent) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)";
    private static final String INSERT_SENT = "INSERT INTO outbox (journal_id, kind, destination, properties,"
            + " payload_journal_id, payload, created_at, sent, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)";
    private static final String UNSENT = "SELECT o.id, o.journal_id, o.kind, o.destination, o.properties,"
            + " COALESCE(o.payload, j.payload) FROM outbox o LEFT JOIN journal_payload j ON j.journal_id = o.payload_journal_id"
            + " WHERE o.sent = FALSE ORDER BY o.id LIMIT ?";

    private final Statements st;

    Outbox(Statements st) {
        this.st = st;
    }

    /** Adds a row; its id (the publishing order) comes from the table's identity. */
    public void add(Row r, Instant at) throws SQLException {
        set(st.get(INSERT), r, at).executeUpdate();
    }

    /**
     * Adds a row that went out at {@code at} already, so the relay does not send it: the signals of
     * a history the demo seeds, which a gateway that had been running would have published then.
     */
    public void addSent(Row r, Instant at) throws SQLException {
        PreparedStatement ps = set(st.get(INSERT_SENT), r, at);
        ps.setObject(8, at.atOffset(ZoneOffset.UTC));
        ps.executeUpdate();
    }

    // No generated keys: nobody needs the id, and asking costs a result set.
    private static PreparedStatement set(PreparedStatement ps, Row r, Instant at) throws SQLException {
        ps.setLong(1, r.journalId());
        ps.setString(2, r.kind());
        ps.setString(3, r.destination());
        ps.setString(4, r.propertiesJson());
        if (r.payloadJournalId() == null) {
            ps.setNull(5, Types.BIGINT);
        } else {
            ps.setLong(5, r.payloadJournalId());
        }
        ps.setBytes(6, r.payload());
        ps.setObject(7, at.atOffset(ZoneOffset.UTC));
        return ps;
    }

    /** The oldest unsent rows, in id order. */
    public List<Pending> unsent(int limit) throws SQLException {
        PreparedStatement ps = st.get(UNSENT);
        ps.setInt(1, limit);
        List<Pending> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBytes(6)));
            }
        }
        return out;
    }

    public void markSent(long id, Instant at) throws SQLException {
        markSent(List.of(id), at);
    }

    /** Marks a published batch in one JDBC batch instead of a statement call a row. */
    public void markSent(List<Long> ids, Instant at) throws SQLException {
        PreparedStatement ps = st.get("UPDATE outbox SET sent = TRUE, sent_at = ? WHERE id = ?");
        for (long id : ids) {
            ps.setObject(1, at.atOffset(ZoneOffset.UTC));
            ps.setLong(2, id);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    /** Queues a message's outputs again (a redelivery re-publishes; the broker drops what it already has). */
    public int resend(long journalId) throws SQLException {
        PreparedStatement ps = st.get("UPDATE outbox SET sent = FALSE WHERE journal_id = ? AND journal_id <> 0");
        ps.setLong(1, journalId);
        return ps.executeUpdate();
    }

    /** This store's identity, made on first use (migration V6). */
    public String instanceId() throws SQLException {
        try (ResultSet rs = st.get("SELECT instance_id FROM store_instance").executeQuery()) {
            if (rs.next()) {
                return rs.getString(1);
            }
        }
        String id = java.util.UUID.randomUUID().toString();
        PreparedStatement ps = st.get("INSERT INTO store_instance (instance_id) VALUES (?)");
        ps.setString(1, id);
        ps.executeUpdate();
        return id;
    }

    public long backlog() throws SQLException {
        try (ResultSet rs = st.get("SELECT COUNT(*) FROM outbox WHERE sent = FALSE").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
