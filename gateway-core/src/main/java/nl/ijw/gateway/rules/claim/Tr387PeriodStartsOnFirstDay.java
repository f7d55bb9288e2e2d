package nl.ijw.gateway.rules.claim;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/**
 * TR387 (9387): the ProductPeriode begins on the first day of its month, or on the allocation's
 * Ingangsdatum when that lies later in the month.
 */
public final class Tr387PeriodStartsOnFirstDay extends PrestatieRule {

    public Tr387PeriodStartsOnFirstDay() {
        super("TR387", "9387");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Allocation a) {
        LocalDate first = p.periode().start().with(TemporalAdjusters.firstDayOfMonth());
        LocalDate expected = a.ingangsdatum().isAfter(first) ? a.ingangsdatum() : first;
        return !p.periode().start().equals(expected)
                ? "ProductPeriode should begin on " + expected + ", not " + p.periode().start()
                : null;
    }
}
