package nl.ijw.gateway.sap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Expectation;

/**
 * Benchmark, not a test (no timing asserts in unit tests): fills an H2 file store with open
 * expectations (default 1,000,000, due dates spread over two years) and times the watch: a
 * realistic first scan (about 1% due), the same day again, the next day, and the worst case in
 * which nearly all fall due in one scan (a gateway down for a year). The signals stream to a sink
 * batch by batch, each batch committed; see docs/sap.md, The watch.
 * Run: {@code java -cp <test classpath> nl.ijw.gateway.sap.SapWatchBenchmark [DIR] [COUNT]}.
 */
public final class SapWatchBenchmark {

    private SapWatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("sap-bench");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        LocalDate first = LocalDate.of(2026, 1, 1);
        SapWatch watch = new SapTracker(SapConfig.defaults(), WorkingDayCalendar.standard()).watch();
        try (Database db = Database.open(DatabaseConfig.h2File(dir))) {
            long t0 = System.nanoTime();
            for (int from = 0; from < count; from += 10_000) {
                int start = from;
                db.inTransaction(tx -> {
                    for (int i = start; i < Math.min(count, start + 10_000); i++) {
                        tx.expectations().addBatch(new Expectation(0, SapRule.OP090, "RETOUR|JW302|0599|ID" + i,
                                first.plusDays(i % 730), Expectation.Status.OPEN, first, "JW301", "ID" + i, "0599",
                                "41836207", null, null, i));
                    }
                    tx.expectations().executeBatch();
                    return null;
                });
            }
            System.out.printf("inserted %,d open expectations in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
            time(db, watch, "2026-01-08T10:00:00Z", "scan 1 (about 1% past due)");
            time(db, watch, "2026-01-08T11:00:00Z", "scan 2 (same day, nothing new)");
            time(db, watch, "2026-01-09T10:00:00Z", "scan 3 (next day, one day's worth)");
            time(db, watch, "2028-01-01T10:00:00Z", "scan 4 (everything left past due)");
        }
    }

    private static void time(Database db, SapWatch watch, String asOf, String label) {
        long t = System.nanoTime();
        // The signals stream to the sink batch by batch, as a live gateway would publish them.
        long[] sum = new long[1];
        int found = watch.scan(db, Instant.parse(asOf), f -> sum[0] += f.expectationId());
        System.out.printf("%s: %,d overdue in %d ms%n", label, found, (System.nanoTime() - t) / 1_000_000);
    }
}
