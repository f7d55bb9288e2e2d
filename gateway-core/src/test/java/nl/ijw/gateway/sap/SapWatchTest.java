package nl.ijw.gateway.sap;

import static nl.ijw.gateway.rules.RuleFixture.PRODUCT;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.antwoord;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.put;
import static nl.ijw.gateway.rules.RuleFixture.start;
import static nl.ijw.gateway.rules.RuleFixture.startLine;
import static nl.ijw.gateway.rules.RuleFixture.toegewezen;
import static nl.ijw.gateway.rules.RuleFixture.toewijzing;
import static nl.ijw.gateway.rules.RuleFixture.vot;
import static nl.ijw.gateway.sap.SapHarness.config;
import static nl.ijw.gateway.sap.SapHarness.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.domain.Toewijzing;

/** The overdue watch, the NO_START signal, and what configuration switches off or changes. */
class SapWatchTest {

    static Toewijzing allocationFrom(String ingang) {
        return SapDeadlineTest.allocationFrom(ingang, null);
    }

    @Test
    void overdueIsReportedOnceAndOnlyOnceThenTheLateArrivalIsLate() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-03-02", vot("RA1"));
            assertEquals(List.of(), of(SapRule.OP274, h.scan("2026-03-09")), "due Monday 9 March: not yet overdue");
            List<SapFinding> first = of(SapRule.OP274, h.scan("2026-03-10"));
            assertEquals(1, first.size());
            SapFinding f = first.get(0);
            assertEquals(SapFinding.Kind.OVERDUE, f.kind());
            assertEquals(d("2026-03-09"), f.due());
            assertNull(f.actual());
            assertEquals(1, f.workingDaysLate());
            assertEquals("ID446", f.messageId(), "the request still waiting");
            assertEquals("RA1", f.referentie());
            assertEquals(List.of(), h.scan("2026-03-11"));
            assertEquals(List.of(), h.scan("2026-06-30"));
            List<SapFinding> late = of(SapRule.OP274, h.receive("2026-03-12", antwoord("RA1", "1")));
            SapDeadlineTest.assertLate(late, SapRule.OP274, "2026-03-09", "2026-03-12", 3);
            // The same breach: the live gateway can resolve the overdue signal it published.
            assertEquals(f.expectationId(), late.get(0).expectationId());
            assertTrue(f.expectationId() > 0);
            assertEquals(d("2026-03-10"), late.get(0).overdueSince(), "the day the watch first reported it");
        }
    }

    @Test
    void anAllocationWithoutStartIsNeverOverdueOnlyNoStart() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-02-20", allocationFrom("2026-03-02"));
            // Besides the JW301's own retour (OP090): the real start of care is unknown until the
            // JW305, so no OP271 OVERDUE, only the signal.
            List<SapFinding> all = h.scan("2026-12-31").stream().filter(f -> !f.rule().equals(SapRule.OP090)).toList();
            assertEquals(List.of(SapRule.NO_START), all.stream().map(SapFinding::rule).toList());
            assertEquals(SapFinding.Kind.WARNING, all.get(0).kind());
            // Judged on arrival, from its Begindatum: late, but never flagged.
            List<SapFinding> late = of(SapRule.OP271, h.receive("2027-01-04",
                    start(startLine(0, TN, "2026-12-01", StatusAanlevering.NEW))));
            assertEquals(1, late.size());
            assertEquals(SapFinding.Kind.LATE, late.get(0).kind());
            assertNull(late.get(0).overdueSince());
        }
    }

    @Test
    void withEveryRuleOffNothingIsTrackedOrReported() {
        try (SapHarness h = new SapHarness(SapConfig.off())) {
            assertEquals(List.of(), h.receive("2026-03-02", vot("RA1")));
            assertEquals(List.of(), h.scan("2027-03-10"));
        }
        try (SapHarness one = new SapHarness(SapHarness.config("sap.OP274.enabled", "true", "sap.OP090.enabled", "false",
                "sap.OP346.enabled", "false", "sap.OP271.enabled", "false", "sap.OP272.enabled", "false",
                "sap.OP090x4.enabled", "false", "sap.NO_START.enabled", "false"))) {
            one.receive("2026-03-02", vot("RA1"));
            assertEquals(List.of(SapRule.OP274), one.scan("2026-03-10").stream().map(SapFinding::rule).toList(),
                    "one rule on is enough to track");
        }
        assertFalse(SapConfig.off().anyEnabled());
        assertTrue(SapConfig.defaults().anyEnabled());
    }

    @Test
    void anEinddatumMovedAfterTheStopWasReportedOverdueGivesANewDeadline() {
        try (SapHarness h = new SapHarness()) {
            // Allocation to 31 July 2026, start received: the stop is due Friday 7 August.
            h.receive("2026-02-03", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW)),
                    put(RuleFixture.allocation()));
            assertEquals(1, of(SapRule.OP272, h.scan("2026-08-10")).size());
            // Extended to 30 September: the stop is now due Wednesday 7 October, and awaited again.
            h.receive("2026-08-12", toewijzing(toegewezen(0, TN, null, PRODUCT, d("2026-02-02"), d("2026-09-30"), "01")),
                    put(RuleFixture.running(TN, "2026-02-02")));
            assertEquals(List.of(), of(SapRule.OP272, h.scan("2026-10-07")));
            List<SapFinding> again = of(SapRule.OP272, h.scan("2026-10-08"));
            assertEquals(1, again.size());
            assertEquals(d("2026-10-07"), again.get(0).due());
        }
    }

    @Test
    void scanUsesTheDateInAmsterdam() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-03-02", vot("RA1"));
            // 23:30 UTC on 9 March is already 10 March in Amsterdam.
            assertEquals(1, of(SapRule.OP274, h.scan(java.time.Instant.parse("2026-03-09T23:30:00Z"))).size());
        }
    }

    @Test
    void noStartWarning20WorkingDaysAfterIngangsdatum() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-02-20", allocationFrom("2026-03-02"));
            // 20 wd after Monday 2 March 2026 is Monday 30 March (no holidays in between).
            assertEquals(List.of(), of(SapRule.NO_START, h.scan("2026-03-30")));
            List<SapFinding> w = of(SapRule.NO_START, h.scan("2026-03-31"));
            assertEquals(1, w.size());
            assertEquals(SapFinding.Kind.WARNING, w.get(0).kind());
            assertEquals(String.valueOf(TN), w.get(0).toewijzingNummer());
            assertEquals("ID436", w.get(0).messageId(), "the allocation without start");
            // A start after the warning is no LATE NO_START: it is a signal, not a deadline.
            List<SapFinding> late = h.receive("2026-04-01", start(startLine(0, TN, "2026-03-02", StatusAanlevering.NEW)));
            assertEquals(List.of(SapRule.OP271), late.stream().map(SapFinding::rule).toList());
        }
    }

    @Test
    void startBeforeDueResolvesOp271AndNoStart() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-02-20", allocationFrom("2026-03-02"));
            h.receive("2026-03-04", start(startLine(0, TN, "2026-03-02", StatusAanlevering.NEW)));
            assertEquals(List.of(), of(SapRule.OP271, h.scan("2026-12-31")));
            assertEquals(List.of(), of(SapRule.NO_START, h.scan("2026-12-31")));
        }
    }

    @Test
    void withdrawnAllocationIsNoLongerAwaited() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-02-20", allocationFrom("2026-03-02"));
            h.receive("2026-02-23", toewijzing(toegewezen(0, TN, null, PRODUCT, d("2026-03-02"), d("2026-03-02"), "13")));
            assertEquals(List.of(), of(SapRule.OP271, h.scan("2026-12-31")));
            assertEquals(List.of(), of(SapRule.NO_START, h.scan("2026-12-31")));
        }
    }

    @Test
    void taakgerichtProviderOrProductHasNoAllocationExpectations() {
        for (SapConfig c : List.of(config("sap.taakgericht.providers", "41836207"),
                config("sap.taakgericht.products", " 45A53 ,99X99"))) {
            try (SapHarness h = new SapHarness(c)) {
                h.receive("2026-02-20", allocationFrom("2026-03-02"));
                List<SapFinding> late = h.receive("2026-05-01", start(startLine(0, TN, "2026-03-02", StatusAanlevering.NEW)));
                assertEquals(List.of(), of(SapRule.OP271, late));
                List<SapFinding> all = h.scan("2026-12-31");
                assertEquals(List.of(), of(SapRule.OP271, all));
                assertEquals(List.of(), of(SapRule.NO_START, all));
                assertEquals(List.of(), of(SapRule.OP272, all));
            }
        }
    }

    @Test
    void ruleSwitchedOffCreatesAndReportsNothing() {
        try (SapHarness h = new SapHarness(config("sap.OP271.enabled", "false", "sap.NO_START.enabled", "false"))) {
            h.receive("2026-02-20", allocationFrom("2026-03-02"));
            assertEquals(List.of(), of(SapRule.OP271, h.receive("2026-05-01",
                    start(startLine(0, TN, "2026-03-02", StatusAanlevering.NEW)))));
            assertEquals(List.of(), of(SapRule.OP271, h.scan("2026-12-31")));
            assertEquals(List.of(), of(SapRule.NO_START, h.scan("2026-12-31")));
        }
    }

    @Test
    void otherNumberOfDays() {
        // 10 wd after Monday 2 March: Monday 16 March.
        try (SapHarness onTime = new SapHarness(config("sap.OP274.days", "10"));
             SapHarness late = new SapHarness(config("sap.OP274.days", "10"))) {
            onTime.receive("2026-03-02", vot("RA1"));
            assertEquals(List.of(), of(SapRule.OP274, onTime.receive("2026-03-16", antwoord("RA1", "2"))));
            late.receive("2026-03-02", vot("RA1"));
            SapDeadlineTest.assertLate(of(SapRule.OP274, late.receive("2026-03-17", antwoord("RA1", "2"))),
                    SapRule.OP274, "2026-03-16", "2026-03-17", 1);
        }
    }

    @Test
    void configurationRefusesTyposAndBadValues() {
        assertThrows(IllegalArgumentException.class, () -> config("sap.OP217.days", "3"));
        assertThrows(IllegalArgumentException.class, () -> config("sap.OP271.days", "five"));
        assertThrows(IllegalArgumentException.class, () -> config("sap.OP271.enabled", "yes"));
        assertThrows(IllegalArgumentException.class, () -> config("sap.OP271.days", "-1"));
        assertEquals(5, SapConfig.defaults().rule(SapRule.OP271).workingDays());
        assertEquals(20, SapConfig.defaults().rule(SapRule.NO_START).workingDays());
    }
}
