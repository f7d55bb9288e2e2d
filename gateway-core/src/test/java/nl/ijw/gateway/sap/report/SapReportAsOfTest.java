package nl.ijw.gateway.sap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.replay.ReplayedStore;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.validation.MessageValidator;

/**
 * As of a moment: only messages received up to it, only expectations due before it, for a
 * history and for a data directory that holds later rows. Allocations without start apart.
 */
class SapReportAsOfTest {

    /** First message Mon 2 Nov 2026, last Tue 5 Jan 2027. */
    static final Path HISTORY = locate().resolve("sap-overdue-and-retroactive");
    static final String PROVIDER = "41836207";
    static GatewayCore core;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        core = GatewayCore.standard();
    }

    SapReports reports() {
        return new SapReports(SapTracker.standard(), null, null);
    }

    SapReport fromHistory(Path history, GatewayCore core, Instant asOf) throws IOException {
        try (ReplayedStore store = ReplayedStore.replay(history, core, asOf)) {
            return reports().fromDataDir(store.dataDir(), store.basis(), store.asOf());
        }
    }

    static Figures total(SapReport r) {
        return r.lines().get(r.lines().size() - 1).figures();
    }

    static Figures line(SapReport r, String rule) {
        return r.rows(PROVIDER).stream().filter(l -> l.rule().equals(rule)).findFirst().orElseThrow().figures();
    }

    @Test
    void beforeTheFirstMessageNothingWasDueOrPending() throws IOException {
        SapReport r = fromHistory(HISTORY, core, Manifest.parseAsOf("2026-11-01"));
        assertEquals(new Figures(0, 0, 0, 0, 0, null, null), total(r));
        assertEquals(0, r.basis().messages());
    }

    @Test
    void anAllocationWithoutStartIsCountedApartNotOverdue() throws IOException {
        Figures op271 = line(fromHistory(HISTORY, core, null), SapRule.OP271);
        // Noor's allocation never starts; Daan's and Mila's starts came on time, Luuk's a day late.
        assertEquals(1, op271.withoutStart());
        assertEquals(0, op271.overdue());
        assertEquals(0, op271.pending());
        assertEquals(3, op271.due());
        assertEquals(1, op271.late());
    }

    @Test
    void midwayADataDirectoryWithLaterRowsReportsAsTheHistoryReplayedToThen() throws IOException {
        Path dataDir = tmp.resolve("data");
        new Replay(core).run(HISTORY, dataDir); // the whole history: rows created and met after the as-of
        for (String asOf : List.of("2026-11-01", "2026-12-23T12:00", "2027-01-04T12:00")) {
            Instant t = Manifest.parseAsOf(asOf);
            SapReport fromHistory = fromHistory(HISTORY, core, t);
            SapReport fromData = reports().fromDataDir(dataDir, t);
            assertEquals(fromHistory.lines(), fromData.lines(), asOf);
        }
        SapReport early = reports().fromDataDir(dataDir, Manifest.parseAsOf("2026-11-01"));
        assertEquals(new Figures(0, 0, 0, 0, 0, null, null), total(early));
        // On 23 December the stop (due 4 January) and the answers (due 4 January) are not due yet.
        SapReport mid = reports().fromDataDir(dataDir, Manifest.parseAsOf("2026-12-23T12:00"));
        assertEquals(0, line(mid, SapRule.OP272).overdue());
        assertTrue(line(mid, SapRule.OP272).pending() >= 1, mid.lines().toString());
    }

    static Path locate() {
        return nl.ijw.gateway.testing.Samples.histories();
    }
}
