package nl.ijw.gateway.rules.request;

import java.sql.SQLException;

import nl.ijw.gateway.domain.Antwoordbericht;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.RuleState;

/** TR360 (9360): "under investigation" (VerzoekAntwoord 2) may only be the first JW319 on a request. */
public final class Tr360UnderInvestigationOnlyFirst extends MessageRule<Antwoordbericht> {

    public Tr360UnderInvestigationOnlyFirst() {
        super("TR360", "9360", RuleLevel.CROSS_MESSAGE, Antwoordbericht.class, MessageType.JW319);
    }

    @Override
    protected void check(Antwoordbericht a, RuleContext ctx) throws SQLException {
        if (!"2".equals(a.verzoekAntwoord())) {
            return;
        }
        boolean answeredBefore = ctx.state().rules().answers(a.header().ontvanger(), a.referentieAanbieder()).stream()
                .anyMatch(x -> RuleState.Answer.ANSWER.equals(x.kind()));
        if (answeredBefore) {
            ctx.reject(this, a.antwoordPath(), "request " + a.referentieAanbieder()
                    + " already had a JW319; \"under investigation\" may only be the first answer",
                    Subjects.of(null, a.referentieAanbieder(), null));
        }
    }
}
