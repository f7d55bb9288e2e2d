package nl.ijw.gateway.rules.request;

import java.sql.SQLException;

import nl.ijw.gateway.domain.Antwoordbericht;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.RuleState;

/** TR365 (9365): after a JW319 with a final answer (anything but 2, "under investigation") no further JW319. */
public final class Tr365NoAnswerAfterFinalAnswer extends MessageRule<Antwoordbericht> {

    public Tr365NoAnswerAfterFinalAnswer() {
        super("TR365", "9365", RuleLevel.CROSS_MESSAGE, Antwoordbericht.class, MessageType.JW319);
    }

    @Override
    protected void check(Antwoordbericht a, RuleContext ctx) throws SQLException {
        boolean finalBefore = ctx.state().rules().answers(a.header().ontvanger(), a.referentieAanbieder()).stream()
                .anyMatch(x -> RuleState.Answer.ANSWER.equals(x.kind()) && !"2".equals(x.verzoekAntwoord()));
        if (finalBefore) {
            ctx.reject(this, a.antwoordPath(), "request " + a.referentieAanbieder() + " already had a final JW319",
                    Subjects.of(null, a.referentieAanbieder(), null));
        }
    }
}
