package nl.ijw.gateway.rules.request;

import static nl.ijw.gateway.message.MessageType.JW315;
import static nl.ijw.gateway.message.MessageType.JW317;

import java.sql.SQLException;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.domain.VerzoekOmWijziging;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;

/**
 * TR347 (9347): a provider uses a ReferentieAanbieder for one request only: no earlier accepted VOT
 * product or VOW of the same provider may carry it. On AangevraagdProduct (315) or Verzoek (317).
 */
public final class Tr347ReferentieAanbiederUnique extends BaseRule {

    public Tr347ReferentieAanbiederUnique() {
        super("TR347", "9347", RuleLevel.CROSS_MESSAGE, JW315, JW317);
    }

    @Override
    public void check(RuleContext ctx) throws SQLException {
        Party aanbieder = ctx.message().header().afzender();
        if (ctx.message() instanceof VerzoekOmToewijzing v) {
            for (VerzoekOmToewijzing.AangevraagdProduct p : v.producten()) {
                check(ctx, aanbieder, p.referentieAanbieder(), p.path(), v.bsn());
            }
        } else if (ctx.message() instanceof VerzoekOmWijziging v) {
            check(ctx, aanbieder, v.referentieAanbieder(), v.verzoekPath(), v.bsn());
        }
    }

    private void check(RuleContext ctx, Party aanbieder, String ra, String path, Bsn bsn) throws SQLException {
        if (ctx.state().request(aanbieder, ra).isPresent()) {
            ctx.reject(this, path, "ReferentieAanbieder " + ra + " was used in an earlier request",
                    Subjects.of(null, ra, bsn));
        }
    }
}
