package nl.ijw.gateway.rules.delivery;

import static nl.ijw.gateway.message.MessageType.JW305;
import static nl.ijw.gateway.message.MessageType.JW307;

import java.sql.SQLException;
import java.util.Optional;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Header;
import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.Allocation;

/**
 * TR019 (9019): a new start or stop with a ToewijzingNummer must concern an allocation of that
 * municipality to this provider for this client. A withdrawn allocation (RedenWijziging 13) counts
 * as never sent. Task-based lines (no ToewijzingNummer) and deletions are not checked. An unknown
 * allocation is a breach only when the store holds every allocation ({@link RuleContext#knowsEveryAllocation}):
 * else its JW301 may predate the gateway, and the start is accepted with a WARNING saying so.
 */
public final class Tr019DeliveryNeedsAllocation extends BaseRule {

    public Tr019DeliveryNeedsAllocation() {
        super("TR019", "9019", RuleLevel.CROSS_MESSAGE, JW305, JW307);
    }

    @Override
    public void check(RuleContext ctx) throws SQLException {
        if (ctx.message() instanceof StartLevering s) {
            for (StartLevering.StartProduct p : s.producten()) {
                check(ctx, s.header(), s.bsn(), p.path(), p.nummer(), p.status());
            }
        } else if (ctx.message() instanceof StopLevering s) {
            for (StopLevering.StopProduct p : s.producten()) {
                check(ctx, s.header(), s.bsn(), p.path(), p.nummer(), p.status());
            }
        }
    }

    private void check(RuleContext ctx, Header h, Bsn bsn, String path, ToewijzingNummer nummer,
                       StatusAanlevering status) throws SQLException {
        if (nummer == null || status != StatusAanlevering.NEW) {
            return;
        }
        Optional<Allocation> a = ctx.allocation(h.ontvanger(), nummer);
        String why = null;
        if (a.isEmpty() && !ctx.knowsEveryAllocation()) {
            ctx.unknownAllocationNotJudged(this, path, nummer, Subjects.of(nummer, null, bsn));
            return;
        }
        if (a.isEmpty()) {
            why = "is not known";
        } else if (!a.get().aanbieder().equals(h.afzender()) || !a.get().bsn().equals(bsn)) {
            why = "belongs to another provider or client";
        } else if (a.get().withdrawn() || "13".equals(a.get().redenWijziging())) {
            why = "was withdrawn (RedenWijziging 13)";
        }
        if (why != null) {
            ctx.reject(this, path, "allocation " + nummer + " " + why, Subjects.of(nummer, null, bsn));
        }
    }
}
