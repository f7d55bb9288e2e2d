package nl.ijw.gateway.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.JournalEntry;
import nl.ijw.gateway.store.Outbox;

/**
 * The status figures counted on from where they stopped are those of a count of everything, call
 * after call, while the writer goes on: totals and today by type and verdict, the last ten signals.
 */
class StatusFiguresTest {

    static final Instant MIDNIGHT = Instant.parse("2026-03-02T23:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void countedOnFromTheLastCallAsIfCountedAfresh() {
        try (Database db = Database.open(DatabaseConfig.h2File(tmp))) {
            MonitorStore store = MonitorStore.live(db, tmp);
            StatusFigures live = new StatusFigures(store);
            List<String> signals = new ArrayList<>();
            write(db, 0, 30, signals);
            assertEquals(fresh(store), live.read(MIDNIGHT));
            write(db, 30, 75, signals);
            StatusFigures.Figures f = live.read(MIDNIGHT);
            assertEquals(fresh(store), f);
            assertEquals(List.of(new StatusFigures.Count("JW301", "ACCEPTED", 25, 12),
                    new StatusFigures.Count("JW305", "ACCEPTED", 25, 13),
                    new StatusFigures.Count("JW305", "REJECTED", 25, 13)), f.journal(), "IN entries only");
            List<String> newest = new ArrayList<>(signals.subList(signals.size() - 10, signals.size()));
            Collections.reverse(newest);
            assertEquals(newest, f.lastSignals(), "the last ten, newest first");
            assertEquals(75 + 15, f.outboxBacklog());
            assertEquals(f, live.read(MIDNIGHT), "nothing new: the same");
        }
    }

    private static StatusFigures.Figures fresh(MonitorStore store) {
        return new StatusFigures(store).read(MIDNIGHT);
    }

    /** Entries i from..to (exclusive): one an hour, before and after midnight; every fifth a signal. */
    private static void write(Database db, int from, int to, List<String> signals) {
        db.inTransaction(tx -> {
            for (int i = from; i < to; i++) {
                String type = i % 3 == 0 ? "JW301" : "JW305";
                String verdict = i % 3 == 2 ? "REJECTED" : "ACCEPTED";
                Instant at = MIDNIGHT.minusSeconds(3600L * 37).plusSeconds(3600L * i);
                byte[] payload = ("<m>" + i + "</m>").getBytes(StandardCharsets.UTF_8);
                long id = tx.journal().append(new JournalEntry(JournalEntry.Direction.IN, at, "TEST", "m" + i + ".xml",
                        "0".repeat(64), payload.length, type, "3.2", "0599", "41836207", "X" + i, "2026-03-02", verdict,
                        "s", "r", "[]", null, payload));
                tx.journal().append(new JournalEntry(JournalEntry.Direction.OUT, at, "TEST", "r" + i + ".xml", "0".repeat(64),
                        payload.length, "JW302", "3.2", "41836207", "0599", "Y" + i, "2026-03-02", "ACCEPTED", "s", "r",
                        "[]", id, payload));
                if (i % 5 == 0) {
                    String json = "{\"kind\":\"OVERDUE\",\"n\":" + i + "}";
                    signals.add(json);
                    tx.outbox().add(new Outbox.Row(id, "SIGNAL", "ijw.signals", "{}", null,
                            json.getBytes(StandardCharsets.UTF_8)), at);
                }
                tx.outbox().add(new Outbox.Row(id, "FORWARD", "ijw.out.41836207", "{}", id, null), at);
            }
            return null;
        });
    }
}
