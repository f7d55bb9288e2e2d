package nl.ijw.gateway.sap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Expectation;

/**
 * The watch in batches: each batch commits on its own, a failure repeats only the batch it hit,
 * nothing is lost, nothing committed is reported twice, and OP271 is never reported.
 */
class SapWatchBatchTest {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 5);
    final Database db = Database.open(DatabaseConfig.h2Memory("watch-" + UUID.randomUUID()));
    final SapWatch watch = new SapWatch(SapConfig.defaults(), WorkingDayCalendar.standard(), 4);

    @AfterEach
    void close() {
        db.close();
    }

    /** {@code perDay} OP090 rows due on each of {@code days} days from FIRST, and one OP271 each day. */
    void rows(int days, int perDay) {
        db.inTransaction(tx -> {
            for (int d = 0; d < days; d++) {
                for (int i = 0; i <= perDay; i++) {
                    String rule = i == perDay ? SapRule.OP271 : SapRule.OP090;
                    tx.expectations().insert(new Expectation(0, rule, "K" + d + "-" + i, FIRST.plusDays(d),
                            Expectation.Status.OPEN, FIRST, "JW315", "ID" + d + "-" + i, "41836207", "0599", null, null, 1));
                }
            }
            return null;
        });
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(SapTracker.AMSTERDAM).toInstant();
    }

    @Test
    void aFailingBatchIsHandedOverAgainAndNothingIsLostOrRepeatedOnceCommitted() {
        rows(10, 3); // 30 OP090 due 5..14 January, 10 OP271 that must never be reported
        List<Long> seen = new ArrayList<>();
        int[] calls = {0};
        // The sink fails on the 14th signal: batches of whole due dates of at least 4 rows hold 6 rows
        // (two days of 3), so the first two batches (12 signals) are committed and the third fails.
        assertThrows(IllegalStateException.class, () -> watch.scan(db, at(FIRST.plusDays(20)), f -> {
            if (++calls[0] == 14) {
                throw new IllegalStateException("publisher down");
            }
            seen.add(f.expectationId());
        }));
        assertEquals(13, seen.size());
        List<SapFinding> rest = watch.scan(db, at(FIRST.plusDays(20)));
        Set<Long> all = new HashSet<>(seen);
        rest.forEach(f -> all.add(f.expectationId()));
        assertEquals(30, all.size(), "every overdue row reported");
        assertEquals(30 - 12, rest.size(), "only the failed batch is repeated");
        assertTrue(rest.stream().allMatch(f -> f.rule().equals(SapRule.OP090)), "never OP271");
        assertEquals(List.of(), watch.scan(db, at(FIRST.plusDays(40))), "reported once");
    }

    @Test
    void rowsAddedAfterAScanAlreadyPastDueAreReportedByTheNext() {
        rows(2, 3);
        assertEquals(6, watch.scan(db, at(FIRST.plusDays(3))).size());
        // An Einddatum long past, received now: due before the watermark.
        db.inTransaction(tx -> {
            tx.expectations().insert(new Expectation(0, SapRule.OP272, "STOP", FIRST.minusDays(30),
                    Expectation.Status.OPEN, FIRST.plusDays(3), "JW305", "S1", "41836207", "0599", "1", null, 1));
            return null;
        });
        List<SapFinding> next = watch.scan(db, at(FIRST.plusDays(3)));
        assertEquals(List.of(SapRule.OP272), next.stream().map(SapFinding::rule).toList());
        assertEquals(List.of(), watch.scan(db, at(FIRST.plusDays(4))));
    }

    @Test
    void overdueSinceIsTheDayTheWatchFirstReportedIt() {
        rows(3, 1);
        watch.scan(db, at(FIRST.plusDays(1))); // reports the row due on FIRST
        watch.scan(db, at(FIRST.plusDays(3))); // and the others
        db.inTransaction(tx -> {
            List<Expectation> byDay = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                byDay.add(tx.expectations().byKey("K" + d + "-0").get(0));
            }
            assertEquals(FIRST.plusDays(1), tx.expectations().overdueSince(byDay.get(0).id(), byDay.get(0).due()));
            assertEquals(FIRST.plusDays(3), tx.expectations().overdueSince(byDay.get(1).id(), byDay.get(1).due()));
            assertEquals(FIRST.plusDays(3), tx.expectations().overdueSince(byDay.get(2).id(), byDay.get(2).due()));
            long unseen = tx.expectations().maxId() + 1;
            assertNull(tx.expectations().overdueSince(unseen, FIRST), "a row the watch never saw");
            return null;
        });
    }
}
