package nl.ijw.gateway.sap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.Expectation;
import nl.ijw.gateway.store.ExpectationOutcome;

/**
 * The ranking judges a provider on what it had to send itself, and the trend holds only months
 * with something due. March 2026: Thursday 5 ... Friday 20 (the as-of date) are working days.
 */
class SapReportRankingTest {

    static final String MUNI = "0599";
    static final String A = "41000001";
    static final String B = "41000002";
    static final String C = "41000003";

    static SapReport report() {
        SapReportBuilder b = new SapReportBuilder(SapTracker.standard().calendar(), LocalDate.parse("2026-03-20"));
        // A sent everything on time, but the municipality answered A's messages late twice.
        b.add(done(1, SapRule.OP271, "2026-03-06", MUNI, A, "2026-03-06"));
        b.add(done(2, SapRule.OP090, "2026-03-05", A, MUNI, "2026-03-10"));
        b.add(done(3, SapRule.OP090, "2026-03-05", A, MUNI, "2026-03-10"));
        // B itself was late once in four: worse than A on its own side, better over both sides.
        b.add(done(4, SapRule.OP271, "2026-03-06", MUNI, B, "2026-03-10"));
        for (int i = 5; i < 8; i++) {
            b.add(done(i, SapRule.OP271, "2026-03-06", MUNI, B, "2026-03-06"));
        }
        // C owed nothing itself: only the municipality's retour to it, late.
        b.add(done(8, SapRule.OP090, "2026-03-05", C, MUNI, "2026-03-10"));
        // A stop due in June, still awaited: pending, so no month of its own in the trend.
        b.add(new ExpectationOutcome(9, SapRule.OP272, LocalDate.parse("2026-06-30"), Expectation.Status.OPEN, A,
                MUNI, null));
        List<SapRule> rules = SapRule.defaults().stream().filter(r -> !r.id().equals(SapRule.NO_START)).toList();
        Basis basis = new Basis(Basis.Source.HISTORY, "h", 9, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-20"));
        return new SapReport(basis, Instant.parse("2026-03-20T09:00:00Z"), null, null, rules, b.lines(), b.months(),
                b.items());
    }

    static ExpectationOutcome done(long id, String rule, String due, String sender, String receiver, String on) {
        return new ExpectationOutcome(id, rule, LocalDate.parse(due), Expectation.Status.DONE, sender, receiver,
                LocalDate.parse(on));
    }

    @Test
    void aProviderIsRankedOnWhatItOwedNotOnTheMunicipalitysLateAnswers() {
        List<Line> ranking = report().ranking();
        assertEquals(List.of(B, A, C), ranking.stream().map(Line::provider).toList());
        assertEquals("75.0", ranking.get(0).figures().onTimePercent().toPlainString());
        assertEquals(AwaitedFrom.PROVIDER, ranking.get(1).awaitedFrom());
        assertEquals(1, ranking.get(1).figures().due(), "A's own start only, not the municipality's two retours");
        assertEquals(0, ranking.get(1).figures().late());
        assertEquals(0, ranking.get(2).figures().due(), "C owed nothing: ranked last, with empty figures");
        assertNull(ranking.get(2).figures().onTimePercent());
    }

    @Test
    void theTrendHoldsNoMonthWithNothingDue() {
        SapReport r = report();
        assertEquals(List.of(YearMonth.of(2026, 3)), r.months(A).stream().map(MonthLine::month).toList());
        assertEquals(List.of(YearMonth.of(2026, 3)), r.months(Line.ALL).stream().map(MonthLine::month).toList());
        assertEquals(1, r.totals(A).stream().mapToInt(l -> l.figures().pending()).max().orElseThrow(),
                "the pending stop still counts as pending in the lines");
    }
}
