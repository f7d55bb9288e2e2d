package nl.ijw.gateway.rules.claim;

import java.util.Optional;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.store.Allocation;

/**
 * TR338 (9338): a debit prestatie claims on an allocation of the municipality to this provider. An
 * allocation the store does not hold is a breach only when it holds them all; else a WARNING says
 * it was not judged ({@link nl.ijw.gateway.rules.RuleContext#knowsEveryAllocation}).
 */
public final class Tr338PrestatieNeedsAllocation extends AllocationLinkRule {

    public Tr338PrestatieNeedsAllocation() {
        super("TR338", "9338");
    }

    @Override
    boolean judged(RuleContext ctx, Declaratie.Prestatie p, Optional<Allocation> a) {
        if (a.isEmpty() && p.nummer() != null && !ctx.knowsEveryAllocation()) {
            ctx.unknownAllocationNotJudged(this, p.path(), p.nummer(), Claims.subject(p));
            return false;
        }
        return true;
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Optional<Allocation> a) {
        return a.isEmpty() || !ofProvider(d, a.get()) ? "no allocation " + p.nummer() + " to this provider" : null;
    }
}
