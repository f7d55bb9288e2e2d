package nl.ijw.gateway.rules.request;

import static nl.ijw.gateway.message.MessageType.JW315;
import static nl.ijw.gateway.message.MessageType.JW317;

import java.sql.SQLException;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Header;
import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.domain.VerzoekOmWijziging;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.Request;

/**
 * TR374 (9374): no new VOT or VOW for a client while an earlier request of the same provider for
 * that client at that municipality still waits for its final answer (an allocation repeating its
 * reference, or a JW319 other than "under investigation"). Lands on Client (315) or Verzoek (317):
 * the standard names no class, this is our choice.
 */
public final class Tr374NoRequestWhilePending extends BaseRule {

    public Tr374NoRequestWhilePending() {
        super("TR374", "9374", RuleLevel.CROSS_MESSAGE, JW315, JW317);
    }

    @Override
    public void check(RuleContext ctx) throws SQLException {
        Header h = ctx.message().header();
        if (ctx.message() instanceof VerzoekOmToewijzing v) {
            String ra = v.producten().isEmpty() ? null : v.producten().get(0).referentieAanbieder();
            check(ctx, h, v.bsn(), v.clientPath(), ra);
        } else if (ctx.message() instanceof VerzoekOmWijziging v) {
            check(ctx, h, v.bsn(), v.verzoekPath(), v.referentieAanbieder());
        }
    }

    private void check(RuleContext ctx, Header h, Bsn bsn, String path, String ra) throws SQLException {
        for (Request r : ctx.state().rules().requests(h.afzender(), h.ontvanger(), bsn)) {
            if (ctx.state().rules().isPending(r)) {
                ctx.reject(this, path, "request " + r.referentieAanbieder() + " for this client still waits for an answer",
                        Subjects.of(null, ra, bsn));
                return;
            }
        }
    }
}
