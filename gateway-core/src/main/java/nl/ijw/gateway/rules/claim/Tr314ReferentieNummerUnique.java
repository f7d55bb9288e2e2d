package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;

/**
 * TR314 (8021): a provider uses a ReferentieNummer once: not twice in this claim, and not in an
 * earlier prestatie that was judged on its content, approved or rejected.
 */
public final class Tr314ReferentieNummerUnique extends MessageRule<Declaratie> {

    public Tr314ReferentieNummerUnique() {
        super("TR314", "8021", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        Party aanbieder = d.header().afzender();
        Set<String> here = new HashSet<>();
        for (Declaratie.Prestatie p : d.prestaties()) {
            String rn = p.referentieNummer();
            if (!here.add(rn)) {
                ctx.reject(this, p.path(), "ReferentieNummer " + rn + " occurs twice in this claim", Claims.subject(p));
            } else if (ctx.state().claimLine(aanbieder, rn).isPresent()
                    || ctx.state().rules().prestatie(aanbieder, rn).isPresent()) {
                ctx.reject(this, p.path(), "ReferentieNummer " + rn + " was used in an earlier claim", Claims.subject(p));
            }
        }
    }
}
