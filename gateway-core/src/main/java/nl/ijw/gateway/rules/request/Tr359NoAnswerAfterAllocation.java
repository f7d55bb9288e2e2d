package nl.ijw.gateway.rules.request;

import java.sql.SQLException;

import nl.ijw.gateway.domain.Antwoordbericht;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.RuleState;

/** TR359 (9359): no JW319 for a request that a JW301 already honoured (repeated its ReferentieAanbieder). */
public final class Tr359NoAnswerAfterAllocation extends MessageRule<Antwoordbericht> {

    public Tr359NoAnswerAfterAllocation() {
        super("TR359", "9359", RuleLevel.CROSS_MESSAGE, Antwoordbericht.class, MessageType.JW319);
    }

    @Override
    protected void check(Antwoordbericht a, RuleContext ctx) throws SQLException {
        Party aanbieder = a.header().ontvanger();
        String ra = a.referentieAanbieder();
        boolean allocated = ctx.state().rules().answers(aanbieder, ra).stream()
                .anyMatch(x -> RuleState.Answer.ALLOCATION.equals(x.kind()))
                || !ctx.state().allocationsByReferentie(aanbieder, ra).isEmpty();
        if (allocated) {
            ctx.reject(this, a.antwoordPath(), "request " + ra + " was already honoured by a JW301",
                    Subjects.of(null, ra, null));
        }
    }
}
