package nl.ijw.gateway.rules.claim;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/**
 * TR388 (9388): the ProductPeriode ends on the last day of its month, or on the allocation's Einddatum when
 * that lies earlier.
 */
public final class Tr388PeriodEndsOnLastDay extends PrestatieRule {

    public Tr388PeriodEndsOnLastDay() {
        super("TR388", "9388");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Allocation a) {
        LocalDate last = p.periode().end().with(TemporalAdjusters.lastDayOfMonth());
        LocalDate expected = a.einddatum() != null && a.einddatum().isBefore(last) ? a.einddatum() : last;
        return !p.periode().end().equals(expected)
                ? "ProductPeriode should end on " + expected + ", not " + p.periode().end()
                : null;
    }
}
