package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;
import java.util.Optional;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.store.Allocation;

/**
 * TR384 (9384): no debit on an allocation that was withdrawn (RedenWijziging 13). The other content
 * rules then stay silent: a withdrawn allocation counts as never sent.
 */
public final class Tr384NoClaimOnWithdrawnAllocation extends MessageRule<Declaratie> {

    public Tr384NoClaimOnWithdrawnAllocation() {
        super("TR384", "9384", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (!p.debet()) {
                continue;
            }
            Optional<Allocation> a = Claims.allocation(ctx, d, p);
            if (a.isPresent() && a.get().aanbieder().equals(d.header().afzender()) && a.get().bsn().equals(p.bsn())
                    && Claims.isWithdrawn(a.get())) {
                ctx.reject(this, p.path(), "allocation " + p.nummer() + " was withdrawn", Claims.subject(p));
            }
        }
    }
}
