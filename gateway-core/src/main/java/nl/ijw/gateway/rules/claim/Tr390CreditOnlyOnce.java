package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.store.ClaimLine;

/**
 * TR390 (9390): a debit is credited once: no approved credit with the same VorigReferentieNummer may
 * exist already. (Two credits of one debit in the same claim are TR315's, an in-message rule.)
 */
public final class Tr390CreditOnlyOnce extends MessageRule<Declaratie> {

    public Tr390CreditOnlyOnce() {
        super("TR390", "9390", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (p.debet() || p.vorigReferentieNummer() == null || p.nummer() == null) {
                continue;
            }
            for (ClaimLine c : Claims.storedLines(ctx, d.header().ontvanger(), d.header().afzender(), p.nummer())) {
                if (!c.debet() && p.vorigReferentieNummer().equals(c.vorigReferentieNummer())) {
                    ctx.reject(this, p.path(), "debit " + p.vorigReferentieNummer() + " was already credited by "
                            + c.referentieNummer(), Claims.subject(p));
                    break;
                }
            }
        }
    }
}
