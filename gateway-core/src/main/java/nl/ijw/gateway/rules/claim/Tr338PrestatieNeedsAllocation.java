package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;
import java.util.Optional;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.store.Allocation;

/** TR338 (9338): a debit prestatie claims on an allocation of the municipality to this provider. */
public final class Tr338PrestatieNeedsAllocation extends MessageRule<Declaratie> {

    public Tr338PrestatieNeedsAllocation() {
        super("TR338", "9338", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (!p.debet()) {
                continue;
            }
            Optional<Allocation> a = Claims.allocation(ctx, d, p);
            if (a.isEmpty() || !a.get().aanbieder().equals(d.header().afzender())) {
                ctx.reject(this, p.path(), "no allocation " + p.nummer() + " to this provider", Claims.subject(p));
            }
        }
    }
}
