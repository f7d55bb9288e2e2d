package nl.ijw.gateway.sap;

import static nl.ijw.gateway.rules.RuleFixture.PRODUCT;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.put;
import static nl.ijw.gateway.rules.RuleFixture.start;
import static nl.ijw.gateway.rules.RuleFixture.startLine;
import static nl.ijw.gateway.rules.RuleFixture.stop;
import static nl.ijw.gateway.rules.RuleFixture.stopLine;
import static nl.ijw.gateway.rules.RuleFixture.toegewezen;
import static nl.ijw.gateway.rules.RuleFixture.toewijzing;
import static nl.ijw.gateway.sap.SapDeadlineTest.assertLate;
import static nl.ijw.gateway.sap.SapHarness.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.store.Expectation;

/**
 * A JW301 that changes the Einddatum of an allocation whose delivery runs: the stop awaited from
 * the sample start (Begindatum 2 February 2026, allocation to Friday 31 July, stop due 7 August).
 */
class SapAllocationChangeTest {

    static Toewijzing endingOn(String einddatum) {
        return toewijzing(toegewezen(0, TN, null, PRODUCT, d("2026-02-02"), einddatum == null ? null : d(einddatum), "01"));
    }

    /** The allocation as the state holds it after the change (the harness applies no state itself). */
    static Allocation stateEndingOn(String einddatum) {
        return RuleFixture.allocation(TN, d("2026-02-02"), einddatum == null ? null : d(einddatum), RuleFixture.WEEKLY_3H, null);
    }

    static StopLevering stopEnding(String einddatum) {
        return stop(stopLine(0, TN, "2026-02-02", "1", einddatum, StatusAanlevering.NEW));
    }

    static SapHarness started() {
        SapHarness h = new SapHarness();
        h.receive("2026-02-03", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW)), put(RuleFixture.allocation()));
        return h;
    }

    @Test
    void anEinddatumRemovedAwaitsNoStop() {
        try (SapHarness h = started()) {
            h.receive("2026-06-01", endingOn(null), put(RuleFixture.running(TN, "2026-02-02")), put(stateEndingOn(null)));
            assertEquals(List.of(), of(SapRule.OP272, h.scan("2026-12-31")), "open-ended again: no stop is due");
            // A stop that comes is judged on arrival all the same: care ended Friday 28 August, due 4 September.
            assertLate(of(SapRule.OP272, h.receive("2026-09-07", stopEnding("2026-08-28"))), SapRule.OP272,
                    "2026-09-04", "2026-09-07", 1);
        }
    }

    @Test
    void anEinddatumSetInThePastCountsFromTheChangesReceipt() {
        // Received Monday 15 June: the allocation now ended Friday 29 May. The provider learns of it
        // only now, so the stop is due 5 wd after 15 June (22 June), not after 29 May (5 June).
        try (SapHarness h = started(); SapHarness late = started()) {
            for (SapHarness x : List.of(h, late)) {
                assertEquals(List.of(), of(SapRule.OP272, x.receive("2026-06-15", endingOn("2026-05-29"),
                        put(RuleFixture.running(TN, "2026-02-02")), put(stateEndingOn("2026-05-29")))));
            }
            assertEquals(List.of(), of(SapRule.OP272, h.scan("2026-06-22")));
            assertEquals(List.of(), of(SapRule.OP272, h.receive("2026-06-19", stopEnding("2026-05-29"))),
                    "on time from the change's receipt");
            assertLate(of(SapRule.OP272, late.receive("2026-06-23", stopEnding("2026-05-29"))), SapRule.OP272,
                    "2026-06-22", "2026-06-23", 1);
        }
    }

    @Test
    void anEinddatumMovedEarlierButStillAheadCountsFromItself() {
        // Received Wednesday 20 May, ending Friday 29 May: due Friday 5 June, as before.
        try (SapHarness h = started()) {
            h.receive("2026-05-20", endingOn("2026-05-29"), put(RuleFixture.running(TN, "2026-02-02")),
                    put(stateEndingOn("2026-05-29")));
            assertEquals(List.of(), of(SapRule.OP272, h.scan("2026-06-05")));
            assertEquals(1, of(SapRule.OP272, h.scan("2026-06-08")).size());
            assertLate(of(SapRule.OP272, h.receive("2026-06-08", stopEnding("2026-05-29"))), SapRule.OP272,
                    "2026-06-05", "2026-06-08", 1);
        }
    }

    @Test
    void anUnchangedEinddatumIsNotReportedOverdueTwice() {
        try (SapHarness h = started()) {
            assertEquals(1, of(SapRule.OP272, h.scan("2026-08-10")).size());
            // A change of volume only, received after the stop was reported overdue: same breach, no second signal.
            h.receive("2026-08-12", endingOn("2026-07-31"), put(RuleFixture.running(TN, "2026-02-02")));
            assertEquals(List.of(), of(SapRule.OP272, h.scan("2026-08-13")));
        }
    }

    @Test
    void aWithdrawnAllocationCountsNoStartOrStopJudgedOnIt() {
        // Withdrawn (RedenWijziging 13) counts as never sent: a late start on it is no breach to count.
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-02-20", toewijzing(toegewezen(0, TN, null, PRODUCT, d("2026-03-02"), d("2026-07-31"), null)));
            assertLate(of(SapRule.OP271, h.receive("2026-03-10", start(startLine(0, TN, "2026-03-02", StatusAanlevering.NEW)),
                    put(RuleFixture.allocation()))), SapRule.OP271, "2026-03-09", "2026-03-10", 1);
            h.receive("2026-03-12", toewijzing(toegewezen(0, TN, null, PRODUCT, d("2026-03-02"), d("2026-03-02"), "13")));
            var start = start(startLine(0, TN, "2026-03-02", StatusAanlevering.NEW));
            for (String key : List.of(SapKeys.start(start.header().ontvanger(), ToewijzingNummer.of(TN), start.bsn()),
                    SapKeys.stop(start.header().ontvanger(), ToewijzingNummer.of(TN), start.bsn(), d("2026-03-02")))) {
                List<Expectation> rows = h.expectations(key);
                assertEquals(List.of(), rows.stream().filter(e -> e.status() != Expectation.Status.CANCELLED).toList(),
                        key + ": " + rows);
            }
            assertEquals(List.of(), of(SapRule.OP272, h.scan("2026-12-31")));
        }
    }
}
