package nl.ijw.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The deliveries taken in (migration V6), so a redelivery is recognised by its key and not decided again. */
public final class DeliveryReceipts {

    /** What a delivery became, as journaled. */
    public record Stored(long journalId, String messageType, String sender, String receiver, String verdict,
                         String findingsJson) {
    }

    private final Statements st;

    DeliveryReceipts(Statements st) {
        this.st = st;
    }

    public Optional<Stored> find(String key) throws SQLException {
        PreparedStatement ps = st.get("SELECT d.journal_id, j.message_type, j.sender, j.receiver, j.verdict, j.findings_json"
                + " FROM delivery_receipt d JOIN journal j ON j.id = d.journal_id WHERE d.delivery_key = ?");
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6))) : Optional.empty();
        }
    }

    public void record(String key, long journalId, Instant at) throws SQLException {
        PreparedStatement ps = st.get("INSERT INTO delivery_receipt (delivery_key, journal_id, received_at) VALUES (?, ?, ?)");
        ps.setString(1, key);
        ps.setLong(2, journalId);
        ps.setObject(3, at.atOffset(ZoneOffset.UTC));
        ps.executeUpdate();
    }

    /**
     * Frees the key of a delivery that has been carried out to its end (a file moved out of the
     * inbox), so the same bytes under the same name delivered again are a new delivery, judged as
     * a resend (TR056), not taken for a redelivery. The row stays, under a key of its own.
     */
    public void settle(String key, long journalId) throws SQLException {
        PreparedStatement ps = st.get("UPDATE delivery_receipt SET delivery_key = ? WHERE delivery_key = ?");
        ps.setString(1, "settled:" + journalId);
        ps.setString(2, key);
        ps.executeUpdate();
    }
}
