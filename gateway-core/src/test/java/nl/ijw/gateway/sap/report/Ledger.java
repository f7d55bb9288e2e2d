package nl.ijw.gateway.sap.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Expectation;
import nl.ijw.gateway.store.JournalEntry;

/**
 * Hand-made SAP expectation rows in a real gateway data directory (H2 file): each row under its
 * own match key, met by a journal entry received at a given Amsterdam time.
 */
final class Ledger implements AutoCloseable {

    static final String P = "41836207";
    static final String Q = "87654321";
    static final String G = "0599";

    private final Database db;
    private final Map<Long, String> keys = new HashMap<>();

    Ledger(Path dataDir) {
        db = Database.open(DatabaseConfig.h2File(dataDir));
    }

    /** Local date-time in Europe/Amsterdam. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SapTracker.AMSTERDAM).toInstant();
    }

    /** An OPEN row of {@code rule} for a message from sender to receiver; returns its id. */
    long expect(String rule, String due, String sender, String receiver) {
        String key = "K" + (keys.size() + 1) + "|";
        long id = db.inTransaction(tx -> {
            tx.expectations().insert(new Expectation(0, rule, key, LocalDate.parse(due), Expectation.Status.OPEN,
                    LocalDate.parse(due).minusDays(7), "JW3XX", "ID" + key, sender, receiver, null, null, 1L));
            return tx.expectations().byKey(key).get(0).id();
        });
        keys.put(id, key);
        return id;
    }

    /** Met by a message received at {@code receivedAt} (Amsterdam), judged against its stored due date. */
    void fulfil(long id, String receivedAt) {
        db.inTransaction(tx -> {
            long journal = tx.journal().append(new JournalEntry(JournalEntry.Direction.IN, at(receivedAt), "TEST", "t.xml",
                    "0".repeat(64), 1, "JW3XX", "3.2", "x", "y", "R" + id, null, "ACCEPTED", "test", "test", "[]", null,
                    new byte[] {1}));
            Expectation e = tx.expectations().byKey(keys.get(id)).get(0);
            tx.expectations().fulfil(id, journal, e.due());
            return null;
        });
    }

    /** Marks OVERDUE every OPEN row due before {@code day}, as the watch did in stores before V4. */
    void watch(String day) {
        DatabaseConfig c = db.config();
        try (Connection conn = DriverManager.getConnection(c.url(), c.user(), c.password());
             PreparedStatement ps = conn.prepareStatement(
                     "UPDATE sap_expectation SET status = 'OVERDUE' WHERE status = 'OPEN' AND due < ?")) {
            ps.setObject(1, LocalDate.parse(day));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void cancel(long id) {
        db.inTransaction(tx -> {
            tx.expectations().cancel(keys.get(id));
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
