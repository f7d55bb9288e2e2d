package nl.ijw.gateway.sap;

import static nl.ijw.gateway.rules.RuleFixture.BSN;
import static nl.ijw.gateway.rules.RuleFixture.M;
import static nl.ijw.gateway.rules.RuleFixture.PRODUCT;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.allocation;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.put;
import static nl.ijw.gateway.rules.RuleFixture.start;
import static nl.ijw.gateway.rules.RuleFixture.startLine;
import static nl.ijw.gateway.rules.RuleFixture.stop;
import static nl.ijw.gateway.rules.RuleFixture.stopLine;
import static nl.ijw.gateway.rules.RuleFixture.toegewezen;
import static nl.ijw.gateway.rules.RuleFixture.toewijzing;
import static nl.ijw.gateway.sap.SapHarness.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.store.Expectation;

/**
 * A met expectation keeps the due date its arrival was judged against, which for OP271 and OP272
 * depends on the arriving message: the compliance report reads the stored due date and must come
 * to the same verdict as the LATE finding.
 */
class SapFulfilledDueTest {

    @Test
    void op271StartAfterIngangsdatumIsJudgedFromTheActualStart() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-02-20", toewijzing(toegewezen(0, TN, null, PRODUCT, d("2026-03-02"), null, null)));
            String key = SapKeys.start(M, ToewijzingNummer.of(TN), BSN);
            assertEquals(d("2026-03-09"), op271(h.expectations(key)).due(), "5 wd after the Ingangsdatum");

            // Care started Monday 16 March: due 5 wd later, Monday 23 March; reported Friday 20 March.
            var started = start(startLine(0, TN, "2026-03-16", StatusAanlevering.NEW));
            assertEquals(List.of(), of(SapRule.OP271, h.receive("2026-03-20", started)));
            Expectation met = op271(h.expectations(key));
            assertEquals(Expectation.Status.DONE, met.status());
            assertEquals(d("2026-03-23"), met.due());
        }
    }

    @Test
    void op272EarlyStopIsJudgedFromItsOwnEinddatum() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-02-03", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW)), put(allocation()));
            String key = SapKeys.stop(M, ToewijzingNummer.of(TN), BSN, d("2026-02-02"));
            // Care ended Tuesday 30 June, a month before the allocation: due Tuesday 7 July, reported Friday 10 July.
            var stopped = stop(stopLine(0, TN, "2026-02-02", "1", "2026-06-30", StatusAanlevering.NEW));
            List<SapFinding> late = of(SapRule.OP272, h.receive("2026-07-10", stopped));
            assertEquals(1, late.size(), late.toString());
            assertEquals(d("2026-07-07"), late.get(0).due());
            assertEquals(3, late.get(0).workingDaysLate());
            List<Expectation> rows = h.expectations(key);
            assertEquals(1, rows.size());
            assertEquals(d("2026-07-07"), rows.get(0).due(), "not the allocation's 7 August");
        }
    }

    private static Expectation op271(List<Expectation> rows) {
        return rows.stream().filter(e -> e.rule().equals(SapRule.OP271)).findFirst().orElseThrow();
    }
}
