package nl.ijw.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's file across restarts: H2 does not compact it at close (that move is unsafe in the
 * H2 at hand, docs/configuration.md), every entry is there after each reopen, and H2 logs no
 * internal error (its {@code .trace.db}; the tests run with assertions on, as H2's own are).
 */
class StoreFileTest {

    @TempDir
    Path data;

    @Test
    void entriesSurviveEveryReopenAndTheFileIsNotCompactedAtClose() throws Exception {
        DatabaseConfig config = DatabaseConfig.h2File(data);
        long expected = 0;
        for (int round = 0; round < 12; round++) {
            try (Database db = Database.open(config)) {
                assertEquals(expected, (long) db.inTransaction(tx -> tx.journal().count()), "entries after reopen " + round);
                for (int group = 0; group < 5; group++) {
                    int r = round;
                    int g = group;
                    db.inTransaction(tx -> {
                        for (int i = 0; i < 64; i++) {
                            byte[] payload = ("<Bericht>" + r + "/" + g + "/" + i + "</Bericht>".repeat(1 + i % 40))
                                    .getBytes(StandardCharsets.UTF_8);
                            tx.journal().append(new JournalEntry(JournalEntry.Direction.IN,
                                    Instant.parse("2026-03-02T09:00:00Z").plusSeconds(i), "FOLDER", "m" + i + ".xml",
                                    "0".repeat(64), payload.length, null, null, null, null, null, null, "REJECTED", "s",
                                    "r", "[]", null, payload));
                        }
                        return null;
                    });
                    expected += 64;
                }
            }
        }
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MAX_COMPACT_TIME'")) {
            rs.next();
            assertEquals("0", rs.getString(1), "H2 would move chunks at close");
        }
        try (Stream<Path> files = Files.list(data.resolve("db"))) {
            List<String> traces = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".trace.db")).toList();
            assertEquals(List.of(), traces, "H2 logged an internal error");
        }
    }
}
