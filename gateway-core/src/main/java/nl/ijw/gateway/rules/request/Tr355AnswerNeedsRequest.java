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

/**
 * TR355 (9355): a JW319 answers an accepted VOT or VOW of its Ontvanger to its Afzender, by ReferentieAanbieder.
 * A reference the gateway never saw is not judged: the request may predate the gateway, which then
 * cannot know whether it exists; only a request known to be another municipality's is a breach.
 */
public final class Tr355AnswerNeedsRequest extends MessageRule<Antwoordbericht> {

    public Tr355AnswerNeedsRequest() {
        super("TR355", "9355", RuleLevel.CROSS_MESSAGE, Antwoordbericht.class, MessageType.JW319);
    }

    @Override
    protected void check(Antwoordbericht a, RuleContext ctx) throws SQLException {
        Optional<Request> r = ctx.state().request(a.header().ontvanger(), a.referentieAanbieder());
        if (r.isPresent() && !r.get().gemeente().equals(a.header().afzender())) {
            ctx.reject(this, a.antwoordPath(), "request " + a.referentieAanbieder() + " of provider "
                    + a.header().ontvanger() + " went to municipality " + r.get().gemeente().code() + ", not to this one",
                    Subjects.of(null, a.referentieAanbieder(), r.get().bsn()));
        }
    }
}
