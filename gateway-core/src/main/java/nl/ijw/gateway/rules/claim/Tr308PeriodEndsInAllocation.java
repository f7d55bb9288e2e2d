package nl.ijw.gateway.rules.claim;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/**
 * TR308 (9308): the ProductPeriode does not end after the allocation's Einddatum (an open end never fails);
 * the allocation as it stands now, so a shortened allocation counts.
 */
public final class Tr308PeriodEndsInAllocation extends PrestatieRule {

    public Tr308PeriodEndsInAllocation() {
        super("TR308", "9308");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Allocation a) {
        return a.einddatum() != null && p.periode().end().isAfter(a.einddatum())
                ? "ProductPeriode ends " + p.periode().end() + ", after the allocation ends (" + a.einddatum() + ")"
                : null;
    }
}
