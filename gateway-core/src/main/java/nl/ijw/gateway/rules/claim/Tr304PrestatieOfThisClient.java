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
 * TR304 (8187), claim part: the allocation a debit prestatie claims on belongs to the client it is
 * listed under. Used instead of TR338 when the allocation exists for this provider but another BSN.
 */
public final class Tr304PrestatieOfThisClient extends MessageRule<Declaratie> {

    public Tr304PrestatieOfThisClient() {
        super("TR304", "8187", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (!p.debet()) {
                continue;
            }
            Optional<Allocation> a = Claims.allocation(ctx, d, p);
            if (a.isPresent() && a.get().aanbieder().equals(d.header().afzender()) && !a.get().bsn().equals(p.bsn())) {
                ctx.reject(this, p.path(), "allocation " + p.nummer() + " belongs to another client", Claims.subject(p));
            }
        }
    }
}
