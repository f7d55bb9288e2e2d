package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;

/**
 * TR333 (9333): a provider uses a DeclaratieNummer once; a claim rejected as a whole does not use it
 * up. Lands on the Declaratie, so the whole claim is rejected (JW325: on DeclaratieAntwoord).
 */
public final class Tr333DeclaratieNummerUnique extends MessageRule<Declaratie> {

    public static final String DECLARATIE = "/Bericht/Declaratie";

    public Tr333DeclaratieNummerUnique() {
        super("TR333", "9333", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        if (ctx.state().rules().claimExists(d.header().afzender(), d.declaratieNummer())) {
            ctx.reject(this, DECLARATIE, "DeclaratieNummer " + d.declaratieNummer() + " was used in an earlier claim",
                    Subjects.of(null, d.declaratieNummer(), null));
        }
    }
}
