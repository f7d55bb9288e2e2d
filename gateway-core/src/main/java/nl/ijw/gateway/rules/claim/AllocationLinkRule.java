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
 * A rule on the link between a debit prestatie and the allocation it names, whatever that
 * allocation is (absent, another provider's, another client's, withdrawn): TR338, TR304, TR384.
 */
abstract class AllocationLinkRule extends MessageRule<Declaratie> {

    AllocationLinkRule(String id, String code) {
        super(id, code, RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected final void check(Declaratie d, RuleContext ctx) throws SQLException {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (p.debet()) {
                Optional<Allocation> a = Claims.allocation(ctx, d, p);
                String why = judged(ctx, p, a) ? breach(d, p, a) : null;
                if (why != null) {
                    ctx.reject(this, p.path(), why, Claims.subject(p));
                }
            }
        }
    }

    /** Whether the link can be judged with what the gateway knows; a rule that cannot says so itself. */
    boolean judged(RuleContext ctx, Declaratie.Prestatie p, Optional<Allocation> allocation) {
        return true;
    }

    /** Why the link is broken, or null. */
    abstract String breach(Declaratie d, Declaratie.Prestatie p, Optional<Allocation> allocation);

    static boolean ofProvider(Declaratie d, Allocation a) {
        return a.aanbieder().equals(d.header().afzender());
    }
}
