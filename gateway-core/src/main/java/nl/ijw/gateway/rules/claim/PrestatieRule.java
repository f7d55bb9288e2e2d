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
 * A rule that compares a debit prestatie with the allocation it claims on. Credits are not
 * judged on content (IV085: a credit mirrors an approved debit); prestaties without a usable
 * allocation are left to TR338, TR304 and TR384.
 */
abstract class PrestatieRule extends MessageRule<Declaratie> {

    PrestatieRule(String id, String code) {
        super(id, code, RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected final void check(Declaratie d, RuleContext ctx) throws SQLException {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (!p.debet()) {
                continue;
            }
            Optional<Allocation> a = Claims.usable(ctx, d, p);
            if (a.isPresent()) {
                String why = breach(d, p, a.get());
                if (why != null) {
                    ctx.reject(this, p.path(), why, Claims.subject(p));
                }
            }
        }
    }

    /** Why the prestatie breaks the rule, or null. */
    abstract String breach(Declaratie d, Declaratie.Prestatie p, Allocation a);
}
