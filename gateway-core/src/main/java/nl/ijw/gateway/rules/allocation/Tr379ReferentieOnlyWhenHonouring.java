package nl.ijw.gateway.rules.allocation;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.Request;
import nl.ijw.gateway.store.RuleState;

/**
 * TR379 (9379): a ToegewezenProduct carries a ReferentieAanbieder only when this allocation honours
 * that request: an accepted VOT product or VOW of the same provider, client and municipality, not
 * rejected by a JW319, and (our reading: the reference is copied only the first time) not already
 * carried by another allocation. An empty ReferentieAanbieder is never a breach.
 * <p>
 * Not judged: a reference of a request the gateway never saw (it may predate the gateway; rejecting
 * the allocation would also reject every start and claim on it), and an allocation sent again under
 * its own ToewijzingNummer with the reference it already had: a JW301 repeats all current
 * allocations of the client (OP087).
 */
public final class Tr379ReferentieOnlyWhenHonouring extends MessageRule<Toewijzing> {

    public Tr379ReferentieOnlyWhenHonouring() {
        super("TR379", "9379", RuleLevel.CROSS_MESSAGE, Toewijzing.class, MessageType.JW301);
    }

    @Override
    protected void check(Toewijzing t, RuleContext ctx) throws SQLException {
        Party aanbieder = t.header().ontvanger();
        for (Toewijzing.ToegewezenProduct p : t.producten()) {
            String ra = p.referentieAanbieder();
            if (ra == null || ra.isBlank()) {
                continue;
            }
            String why = why(ctx, t, p, aanbieder, ra);
            if (why != null) {
                ctx.reject(this, p.path(), "ReferentieAanbieder " + ra + ": " + why,
                        Subjects.of(p.nummer(), ra, t.bsn()));
            }
        }
    }

    private static String why(RuleContext ctx, Toewijzing t, Toewijzing.ToegewezenProduct p, Party aanbieder, String ra)
            throws SQLException {
        Optional<Request> request = ctx.state().request(aanbieder, ra);
        if (request.isEmpty()) {
            return null;
        }
        if (!request.get().bsn().equals(t.bsn())
                || !request.get().gemeente().equals(t.header().afzender())) {
            return "no request of this provider for this client with that reference";
        }
        List<RuleState.Answer> answers = ctx.state().rules().answers(aanbieder, ra);
        if (answers.stream().anyMatch(RuleState.Answer::isRejection)) {
            return "the request was rejected by a JW319";
        }
        // which allocation honoured it: only the stored allocations say (an answer row has no number)
        if (ctx.state().allocationsByReferentie(aanbieder, ra).stream().anyMatch(a -> !a.nummer().equals(p.nummer()))) {
            return "an earlier JW301 already honoured this request";
        }
        return null;
    }
}
