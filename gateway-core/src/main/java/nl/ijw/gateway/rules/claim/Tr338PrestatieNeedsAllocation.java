package nl.ijw.gateway.rules.claim;

import java.util.Optional;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/** TR338 (9338): a debit prestatie claims on an allocation of the municipality to this provider. */
public final class Tr338PrestatieNeedsAllocation extends AllocationLinkRule {

    public Tr338PrestatieNeedsAllocation() {
        super("TR338", "9338");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Optional<Allocation> a) {
        return a.isEmpty() || !ofProvider(d, a.get()) ? "no allocation " + p.nummer() + " to this provider" : null;
    }
}
