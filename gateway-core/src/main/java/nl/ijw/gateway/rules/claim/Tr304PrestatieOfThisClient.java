package nl.ijw.gateway.rules.claim;

import java.util.Optional;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/**
 * TR304 (8187), claim part: the allocation a debit prestatie claims on belongs to the client it is
 * listed under. Used instead of TR338 when the allocation exists for this provider but another BSN.
 */
public final class Tr304PrestatieOfThisClient extends AllocationLinkRule {

    public Tr304PrestatieOfThisClient() {
        super("TR304", "8187");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Optional<Allocation> a) {
        return a.isPresent() && ofProvider(d, a.get()) && !a.get().bsn().equals(p.bsn())
                ? "allocation " + p.nummer() + " belongs to another client" : null;
    }
}
