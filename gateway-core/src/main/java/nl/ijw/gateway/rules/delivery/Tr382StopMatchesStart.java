package nl.ijw.gateway.rules.delivery;

import java.sql.SQLException;
import java.time.LocalDate;

import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.Delivery;

/**
 * TR382 (9069): a new stop carries the unchanged key of its start (BSN, ToewijzingNummer,
 * Begindatum): that start must exist and not be deleted, and (our reading of OP155) be the latest
 * start of the allocation for this client.
 */
public final class Tr382StopMatchesStart extends MessageRule<StopLevering> {

    public Tr382StopMatchesStart() {
        super("TR382", "9069", RuleLevel.CROSS_MESSAGE, StopLevering.class, MessageType.JW307);
    }

    @Override
    protected void check(StopLevering s, RuleContext ctx) throws SQLException {
        for (StopLevering.StopProduct p : s.producten()) {
            if (p.status() != StatusAanlevering.NEW || p.nummer() == null) {
                continue;
            }
            if (DeliveryView.stored(ctx.state(), s.header().ontvanger(), s.bsn(), p.nummer(), p.begindatum()).isEmpty()) {
                // the start was sent on or after its Begindatum (TR134): missing only if the gateway saw that time
                if (ctx.sawEverythingSince(p.begindatum())) {
                    ctx.reject(this, p.path(), "no start of " + p.nummer() + " on " + p.begindatum() + " to stop",
                            Subjects.of(p.nummer(), null, s.bsn()));
                }
                continue;
            }
            LocalDate latest = null;
            for (Delivery d : ctx.state().deliveries(s.header().ontvanger(), p.nummer())) {
                if (d.bsn().equals(s.bsn()) && !d.deleted() && (latest == null || d.begindatum().isAfter(latest))) {
                    latest = d.begindatum();
                }
            }
            if (latest != null && latest.isAfter(p.begindatum())) {
                ctx.reject(this, p.path(), "the start of " + p.begindatum() + " is not the latest start of "
                        + p.nummer() + " (" + latest + ")", Subjects.of(p.nummer(), null, s.bsn()));
            }
        }
    }
}
