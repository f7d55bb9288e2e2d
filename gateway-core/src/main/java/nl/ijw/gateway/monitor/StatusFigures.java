package nl.ijw.gateway.monitor;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nl.ijw.gateway.store.StoreException;

/**
 * The live gateway's status figures ({@code /api/status}), read on a connection of their own beside
 * the engine's, so the writer never waits for a status call (it did: the whole journal was counted
 * under the writer's lock, on every call). Journal entries and outbox rows are only ever inserted,
 * by the one writer, which commits them in id order; so the totals by type and verdict and the last
 * signals are counted once and after that only from the highest id counted on. Today's figures
 * come from the index on receipt time.
 */
public final class StatusFigures {

    /** Journal IN entries of one type and verdict. */
    public record Count(String type, String verdict, long total, long today) {
    }

    /** @param lastSignals the JSON texts of the last signals, newest first */
    public record Figures(List<Count> journal, long outboxBacklog, long openExpectations, List<String> lastSignals) {
    }

    private record Key(String type, String verdict) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::type).thenComparing(Key::verdict);
    private static final int SIGNALS = 10;

    private final MonitorStore store;
    private final Map<Key, Long> totals = new TreeMap<>(ORDER);
    private long journalThrough;
    private final Deque<String> signals = new ArrayDeque<>();
    private long outboxThrough;

    public StatusFigures(MonitorStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The figures now; today: entries received from {@code midnight} on. */
    public synchronized Figures read(Instant midnight) {
        try (Connection c = store.connect()) {
            long through = max(c, "SELECT MAX(id) FROM journal");
            countJournal(c, through);
            Map<Key, Long> today = today(c, midnight, through);
            List<Count> journal = new ArrayList<>();
            totals.forEach((k, n) -> journal.add(new Count(k.type(), k.verdict(), n, today.getOrDefault(k, 0L))));
            readSignals(c, max(c, "SELECT MAX(id) FROM outbox"));
            return new Figures(journal, count(c, "SELECT COUNT(*) FROM outbox WHERE sent = FALSE"),
                    count(c, "SELECT COUNT(*) FROM sap_expectation WHERE status IN ('OPEN', 'OVERDUE')"),
                    List.copyOf(signals));
        } catch (SQLException e) {
            throw new StoreException("Cannot read the status figures: " + e.getMessage(), e);
        }
    }

    private void countJournal(Connection c, long through) throws SQLException {
        if (through <= journalThrough) {
            return;
        }
        countInto(c, "id > ?", journalThrough, through, totals);
        journalThrough = through;
    }

    /** Up to the entries counted in the totals, so today never exceeds the total. */
    private static Map<Key, Long> today(Connection c, Instant midnight, long through) throws SQLException {
        Map<Key, Long> out = new TreeMap<>(ORDER);
        countInto(c, "received_at >= ?", midnight.atOffset(ZoneOffset.UTC), through, out);
        return out;
    }

    /** Adds the IN entries with {@code range} (one parameter, from) and an id up to through, by type and verdict. */
    private static void countInto(Connection c, String range, Object from, long through, Map<Key, Long> into)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(message_type, '-'), verdict, COUNT(*) FROM journal"
                + " WHERE direction = 'IN' AND " + range + " AND id <= ? GROUP BY COALESCE(message_type, '-'), verdict")) {
            ps.setObject(1, from);
            ps.setLong(2, through);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.merge(new Key(rs.getString(1), rs.getString(2)), rs.getLong(3), Long::sum);
                }
            }
        }
    }

    private void readSignals(Connection c, long through) throws SQLException {
        if (through <= outboxThrough) {
            return;
        }
        // Newest first, and no further back than the signals already held (or ten).
        try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM outbox WHERE id > ? AND id <= ?"
                + " AND kind = 'SIGNAL' ORDER BY id DESC LIMIT ?")) {
            ps.setLong(1, outboxThrough);
            ps.setLong(2, through);
            ps.setInt(3, SIGNALS);
            List<String> newest = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newest.add(new String(rs.getBytes(1), StandardCharsets.UTF_8));
                }
            }
            for (int i = newest.size() - 1; i >= 0; i--) {
                signals.addFirst(newest.get(i));
            }
            while (signals.size() > SIGNALS) {
                signals.removeLast();
            }
        }
        outboxThrough = through;
    }

    private static long max(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        return max(c, sql);
    }
}
