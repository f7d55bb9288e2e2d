package nl.ijw.gateway.rules.claim;

import java.util.Optional;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/**
 * TR384 (9384): no debit on an allocation that was withdrawn (RedenWijziging 13). The other content
 * rules then stay silent: a withdrawn allocation counts as never sent.
 */
public final class Tr384NoClaimOnWithdrawnAllocation extends AllocationLinkRule {

    public Tr384NoClaimOnWithdrawnAllocation() {
        super("TR384", "9384");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Optional<Allocation> a) {
        return a.isPresent() && ofProvider(d, a.get()) && a.get().bsn().equals(p.bsn()) && Claims.isWithdrawn(a.get())
                ? "allocation " + p.nummer() + " was withdrawn" : null;
    }
}
