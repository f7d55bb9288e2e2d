package nl.ijw.gateway.rules.request;

import java.sql.SQLException;
import java.util.Optional;

import nl.ijw.gateway.domain.Antwoordbericht;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.Request;

/** TR355 (9355): a JW319 answers an accepted VOT or VOW of its Ontvanger to its Afzender, by ReferentieAanbieder. */
public final class Tr355AnswerNeedsRequest extends MessageRule<Antwoordbericht> {

    public Tr355AnswerNeedsRequest() {
        super("TR355", "9355", RuleLevel.CROSS_MESSAGE, Antwoordbericht.class, MessageType.JW319);
    }

    @Override
    protected void check(Antwoordbericht a, RuleContext ctx) throws SQLException {
        Optional<Request> r = ctx.state().request(a.header().ontvanger(), a.referentieAanbieder());
        if (r.isEmpty() || !r.get().gemeente().equals(a.header().afzender())) {
            ctx.reject(this, a.antwoordPath(), "no request " + a.referentieAanbieder() + " of provider "
                    + a.header().ontvanger() + " to this municipality", Subjects.of(null, a.referentieAanbieder(),
                    r.map(Request::bsn).orElse(null)));
        }
    }
}
