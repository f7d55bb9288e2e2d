package nl.ijw.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The append-only journal: entries are inserted, never updated or deleted. */
public final class Journal {

    private static final String INSERT = "INSERT INTO journal (direction, received_at, channel, source_name, sha256,"
            + " size_bytes, message_type, release_version, sender, receiver, identificatie, dagtekening, verdict,"
            + " schema_version, ruleset_version, findings_json, answers_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The bytes apart from the entry (V13), so that the journal's pages stay small. */
    private static final String INSERT_PAYLOAD = "INSERT INTO journal_payload (journal_id, payload) VALUES (?, ?)";

    private final Statements st;

    Journal(Statements st) {
        this.st = st;
    }

    /** Appends an entry and returns its id. */
    public long append(JournalEntry e) throws SQLException {
        PreparedStatement ps = st.getWithKeys(INSERT);
        ps.setString(1, e.direction().name());
        ps.setObject(2, e.receivedAt().atOffset(ZoneOffset.UTC));
        ps.setString(3, e.channel());
        ps.setString(4, e.sourceName());
        ps.setString(5, e.sha256());
        ps.setLong(6, e.size());
        ps.setString(7, e.messageType());
        ps.setString(8, e.release());
        ps.setString(9, e.sender());
        ps.setString(10, e.receiver());
        ps.setString(11, e.identificatie());
        ps.setString(12, e.dagtekening());
        ps.setString(13, e.verdict());
        ps.setString(14, e.schemaVersion());
        ps.setString(15, e.rulesetVersion());
        ps.setString(16, e.findingsJson());
        if (e.answersId() == null) {
            ps.setNull(17, Types.BIGINT);
        } else {
            ps.setLong(17, e.answersId());
        }
        ps.executeUpdate();
        long id;
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        PreparedStatement payload = st.get(INSERT_PAYLOAD);
        payload.setLong(1, id);
        payload.setBytes(2, e.payload());
        payload.executeUpdate();
        return id;
    }

    /** A short view of an entry, for listings and tests. */
    public record Summary(long id, String direction, String messageType, String sender, String receiver,
                          String identificatie, String verdict, Long answersId) {
    }

    public List<Summary> list() throws SQLException {
        List<Summary> out = new ArrayList<>();
        try (ResultSet rs = st.get("SELECT id, direction, message_type, sender, receiver, identificatie, verdict,"
                + " answers_id FROM journal ORDER BY id").executeQuery()) {
            while (rs.next()) {
                long answers = rs.getLong(8);
                out.add(new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.wasNull() ? null : answers));
            }
        }
        return out;
    }

    public byte[] payload(long id) throws SQLException {
        PreparedStatement ps = st.get("SELECT payload FROM journal_payload WHERE journal_id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getBytes(1) : null;
        }
    }

    /** Told each received (IN) entry in id order. */
    public interface Received {
        void entry(long id, String sourceName) throws SQLException;
    }

    /** Every IN entry's id and source name, oldest first, read as a stream. */
    public void received(Received sink) throws SQLException {
        try (ResultSet rs = st.get("SELECT id, source_name FROM journal WHERE direction = 'IN' ORDER BY id").executeQuery()) {
            while (rs.next()) {
                sink.entry(rs.getLong(1), rs.getString(2));
            }
        }
    }

    public long count() throws SQLException {
        try (ResultSet rs = st.get("SELECT COUNT(*) FROM journal").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
