package nl.ijw.gateway.rules.claim;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/** TR307 (9307): the ProductPeriode does not begin before the allocation's Ingangsdatum. */
public final class Tr307PeriodStartsInAllocation extends PrestatieRule {

    public Tr307PeriodStartsInAllocation() {
        super("TR307", "9307");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Allocation a) {
        return p.periode().start().isBefore(a.ingangsdatum())
                ? "ProductPeriode begins " + p.periode().start() + ", before the allocation begins (" + a.ingangsdatum() + ")"
                : null;
    }
}
