package nl.ijw.gateway.rules.delivery;

import static nl.ijw.gateway.message.MessageType.JW305;
import static nl.ijw.gateway.message.MessageType.JW307;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.Delivery;

/**
 * TR074 (9074): a new start or stop (StatusAanlevering 1) may not have the key of one that is
 * already there; a key deleted earlier, or by a deletion in the same message, may be used again.
 */
public final class Tr074NewDeliveryKeyUnused extends BaseRule {

    public Tr074NewDeliveryKeyUnused() {
        super("TR074", "9074", RuleLevel.CROSS_MESSAGE, JW305, JW307);
    }

    @Override
    public void check(RuleContext ctx) throws SQLException {
        if (ctx.message() instanceof StartLevering s) {
            for (StartLevering.StartProduct p : s.producten()) {
                if (p.status() != StatusAanlevering.NEW || p.nummer() == null) {
                    continue;
                }
                boolean exists = DeliveryView.stored(ctx.state(), s.header().ontvanger(), s.bsn(), p.nummer(),
                        p.begindatum()).isPresent() && !DeliveryView.deletedHere(s, p.nummer(), p.begindatum());
                if (exists) {
                    ctx.reject(this, p.path(), "a start of " + p.nummer() + " on " + p.begindatum() + " was already sent",
                            Subjects.of(p.nummer(), null, s.bsn()));
                }
            }
        } else if (ctx.message() instanceof StopLevering s) {
            for (StopLevering.StopProduct p : s.producten()) {
                if (p.status() != StatusAanlevering.NEW || p.nummer() == null) {
                    continue;
                }
                Optional<Delivery> d = DeliveryView.stored(ctx.state(), s.header().ontvanger(), s.bsn(), p.nummer(),
                        p.begindatum());
                DeliveryView.Stop same = new DeliveryView.Stop(p.redenBeeindiging(), p.einddatum());
                boolean exists = d.isPresent() && d.get().isStopped()
                        && Objects.equals(d.get().redenBeeindiging(), p.redenBeeindiging())
                        && Objects.equals(d.get().einddatum(), p.einddatum())
                        && !DeliveryView.stopDeletedHere(s, p.nummer(), p.begindatum(), same);
                if (exists) {
                    ctx.reject(this, p.path(), "this stop of " + p.nummer() + " was already sent",
                            Subjects.of(p.nummer(), null, s.bsn()));
                }
            }
        }
    }
}
