package nl.ijw.gateway.rules.claim;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/**
 * TR341 (9341): the claimed Eenheid is the allocated one (minutes on an allocation in hours are allowed).
 * Allocations without Omvang would need the contracted unit, which the gateway does not have: not checked.
 */
public final class Tr341UnitMatchesAllocation extends PrestatieRule {

    public Tr341UnitMatchesAllocation() {
        super("TR341", "9341");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Allocation a) {
        if (a.omvang() == null) {
            return null;
        }
        return !Claims.unitFits(a.omvang().eenheid(), p.eenheid())
                ? "Eenheid " + p.eenheid() + " does not fit the allocated unit " + a.omvang().eenheid()
                : null;
    }
}
