package nl.ijw.gateway.sap.report;

import static nl.ijw.gateway.sap.report.Ledger.G;
import static nl.ijw.gateway.sap.report.Ledger.P;
import static nl.ijw.gateway.sap.report.Ledger.Q;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.StoreException;

/**
 * The report's counting over hand-made expectation rows in a real H2 data directory. March 2026
 * has no holidays: Thursday 5, Friday 6, Monday 9 ... Friday 20 (the as-of date).
 */
class SapReportAggregationTest {

    static final String AS_OF = "2026-03-20T10:00";

    @TempDir
    Path dir;

    @BeforeEach
    void rows() {
        try (Ledger l = new Ledger(dir)) {
            // OP090 on a provider's message: the municipality owes the retour.
            l.fulfil(l.expect(SapRule.OP090, "2026-03-05", P, G), "2026-03-05T23:30"); // on time, on the due date
            // 00:30 in Amsterdam is still the 5th in UTC: the Amsterdam date decides, one working day late.
            l.fulfil(l.expect(SapRule.OP090, "2026-03-05", P, G), "2026-03-06T00:30");
            // OP271 on an allocation: the provider owes the start.
            l.fulfil(l.expect(SapRule.OP271, "2026-03-06", G, P), "2026-03-10T09:00"); // Mon 9, Tue 10: 2 late
            l.fulfil(l.expect(SapRule.OP271, "2026-03-06", G, P), "2026-03-16T09:00"); // 6 working days late
            // No start yet: without start, never overdue (the start of care is unknown), even when a
            // watch from before V4 marked it OVERDUE (below).
            l.expect(SapRule.OP271, "2026-03-09", G, P);
            // The stops: owed by the provider that sent the start.
            l.expect(SapRule.OP272, "2026-03-09", P, G); // marked OVERDUE below, as before V4: overdue
            l.expect(SapRule.OP272, "2026-03-19", P, G); // OPEN, due before the as-of date: overdue
            l.expect(SapRule.OP272, "2026-03-20", P, G); // OPEN, due on the as-of date: pending
            l.expect(SapRule.OP272, "2026-04-01", P, G); // pending
            l.cancel(l.expect(SapRule.OP274, "2026-03-12", P, G)); // cancelled: not counted at all
            l.fulfil(l.expect(SapRule.NO_START, "2026-03-06", G, P), "2026-03-10T09:00"); // a signal, not reported
            l.fulfil(l.expect(SapRule.OP090X4, "2026-03-05", Q, G), "2026-03-05T10:00");
            l.watch("2026-03-10");
        }
    }

    SapReport report(String from, String to) {
        return new SapReports(SapTracker.standard(), from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to)).fromDataDir(dir, Ledger.at(AS_OF));
    }

    /** provider rule side: due onTime late overdue pending withoutStart percent median p90 */
    static List<String> lines(SapReport r) {
        return r.lines().stream().map(l -> {
            Figures f = l.figures();
            return l.provider() + " " + l.rule() + " " + l.awaitedFrom() + ": " + f.due() + " " + f.onTime() + " "
                    + f.late() + " " + f.overdue() + " " + f.pending() + " " + f.withoutStart() + " " + f.onTimePercent() + " "
                    + f.medianWorkingDaysLate() + " " + f.p90WorkingDaysLate();
        }).toList();
    }

    @Test
    void countsOnTimeLateOverduePendingPerProviderRuleAndSide() {
        SapReport r = report(null, null);
        assertEquals(List.of(
                P + " OP090 MUNICIPALITY: 2 1 1 0 0 0 50.0 1 1",
                P + " OP271 PROVIDER: 2 0 2 0 0 1 0.0 2 6",
                P + " OP272 PROVIDER: 2 0 0 2 2 0 0.0 null null",
                P + " TOTAL PROVIDER: 4 0 2 2 2 1 0.0 2 6",
                P + " TOTAL MUNICIPALITY: 2 1 1 0 0 0 50.0 1 1",
                // late [1, 2, 6]: median rank ceil(1.5) = 2 -> 2; p90 rank ceil(2.7) = 3 -> 6
                P + " TOTAL ALL: 6 1 3 2 2 1 16.7 2 6",
                Q + " OP090x4 MUNICIPALITY: 1 1 0 0 0 0 100.0 null null",
                Q + " TOTAL MUNICIPALITY: 1 1 0 0 0 0 100.0 null null",
                Q + " TOTAL ALL: 1 1 0 0 0 0 100.0 null null",
                "ALL TOTAL PROVIDER: 4 0 2 2 2 1 0.0 2 6",
                "ALL TOTAL MUNICIPALITY: 3 2 1 0 0 0 66.7 1 1",
                "ALL TOTAL ALL: 7 2 3 2 2 1 28.6 2 6"), lines(r));
        assertEquals(List.of(P, Q), r.providers());
        assertEquals(LocalDate.parse("2026-03-20"), r.asOfDate());
        assertEquals(List.of("OP090", "OP090x4", "OP271", "OP272", "OP274", "OP346"),
                r.rules().stream().map(SapRule::id).toList(), "NO_START is a signal, not a deadline");
    }

    @Test
    void fromAndToSelectOnDueDateInclusive() {
        assertEquals(List.of(
                P + " OP271 PROVIDER: 2 0 2 0 0 1 0.0 2 6",
                P + " OP272 PROVIDER: 2 0 0 2 0 0 0.0 null null",
                P + " TOTAL PROVIDER: 4 0 2 2 0 1 0.0 2 6",
                P + " TOTAL ALL: 4 0 2 2 0 1 0.0 2 6",
                "ALL TOTAL PROVIDER: 4 0 2 2 0 1 0.0 2 6",
                "ALL TOTAL ALL: 4 0 2 2 0 1 0.0 2 6"), lines(report("2026-03-06", "2026-03-19")));
        assertEquals(List.of(
                P + " OP272 PROVIDER: 0 0 0 0 1 0 null null null",
                P + " TOTAL PROVIDER: 0 0 0 0 1 0 null null null",
                P + " TOTAL ALL: 0 0 0 0 1 0 null null null",
                "ALL TOTAL PROVIDER: 0 0 0 0 1 0 null null null",
                "ALL TOTAL ALL: 0 0 0 0 1 0 null null null"), lines(report("2026-03-21", null)));
        SapReport none = report(null, "2026-03-04");
        assertEquals(List.of("ALL TOTAL ALL: 0 0 0 0 0 0 null null null"), lines(none), "an empty period still has a total");
        assertEquals(List.of(), none.providers());
        assertThrows(IllegalArgumentException.class, () -> report("2026-03-20", "2026-03-19"));
    }

    @Test
    void aLaterAsOfTurnsPendingIntoOverdue() {
        SapReport r = new SapReports(SapTracker.standard(), null, null).fromDataDir(dir, Ledger.at("2026-04-02T10:00"));
        assertEquals("ALL TOTAL ALL: 9 2 3 4 0 1 22.2 2 6", lines(r).get(lines(r).size() - 1));
    }

    @Test
    void anEarlierAsOfSeesARowMetAfterItAsStillAwaited() {
        // 12 March: the start received on the 16th had not come yet; the one of the 10th had, 2 days late.
        SapReport r = new SapReports(SapTracker.standard(), null, null).fromDataDir(dir, Ledger.at("2026-03-12T10:00"));
        assertTrue(lines(r).contains(P + " OP271 PROVIDER: 1 0 1 0 0 2 0.0 2 2"), lines(r).toString());
    }

    @Test
    void nearestRankPercentiles() {
        assertNull(Tally.nearestRank(List.of(), 50));
        assertEquals(7, Tally.nearestRank(List.of(7), 50));
        assertEquals(7, Tally.nearestRank(List.of(7), 90));
        assertEquals(1, Tally.nearestRank(List.of(1, 2), 50), "even count: the lower middle value");
        assertEquals(2, Tally.nearestRank(List.of(1, 2), 90));
        List<Integer> ten = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertEquals(5, Tally.nearestRank(ten, 50));
        assertEquals(9, Tally.nearestRank(ten, 90));
        assertEquals(10, Tally.nearestRank(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90), "rank ceil(9.9) = 10");
        assertEquals(new BigDecimal("66.7"), new Figures(2, 1, 0, 0, 0, null, null).onTimePercent());
        assertNull(new Figures(0, 0, 0, 5, 3, null, null).onTimePercent());
    }

    @Test
    void readingLeavesTheDatabaseUnchanged() throws IOException {
        Path file = DatabaseConfig.h2DataFile(dir);
        byte[] before = Files.readAllBytes(file);
        report(null, null);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDirectoryWithoutADatabaseIsRefusedAndLeftEmpty() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        SapReports reports = new SapReports(SapTracker.standard(), null, null);
        StoreException e = assertThrows(StoreException.class, () -> reports.fromDataDir(empty, Ledger.at(AS_OF)));
        assertTrue(e.getMessage().startsWith("No gateway database in "), e.getMessage());
        try (var files = Files.list(empty)) {
            assertFalse(files.findAny().isPresent(), "no empty database was created");
        }
    }
}
