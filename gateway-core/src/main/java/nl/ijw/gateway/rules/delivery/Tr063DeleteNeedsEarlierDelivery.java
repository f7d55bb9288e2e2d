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
 * TR063 (9063): a deletion (StatusAanlevering 3) needs a start, or a stop, with the same key sent
 * in an earlier message and not deleted since. For a stop the key includes RedenBeeindiging and
 * Einddatum; the state holds only a start's latest stop, so only that one can be deleted.
 */
public final class Tr063DeleteNeedsEarlierDelivery extends BaseRule {

    public Tr063DeleteNeedsEarlierDelivery() {
        super("TR063", "9063", RuleLevel.CROSS_MESSAGE, JW305, JW307);
    }

    @Override
    public void check(RuleContext ctx) throws SQLException {
        if (ctx.message() instanceof StartLevering s) {
            for (StartLevering.StartProduct p : s.producten()) {
                if (p.status() != StatusAanlevering.DELETE || p.nummer() == null) {
                    continue;
                }
                if (DeliveryView.stored(ctx.state(), s.header().ontvanger(), s.bsn(), p.nummer(), p.begindatum()).isEmpty()
                        && ctx.sawEverythingSince(p.begindatum())) {
                    ctx.reject(this, p.path(), "no start of " + p.nummer() + " on " + p.begindatum() + " to delete",
                            Subjects.of(p.nummer(), null, s.bsn()));
                }
            }
        } else if (ctx.message() instanceof StopLevering s) {
            for (StopLevering.StopProduct p : s.producten()) {
                if (p.status() != StatusAanlevering.DELETE || p.nummer() == null) {
                    continue;
                }
                Optional<Delivery> d = DeliveryView.stored(ctx.state(), s.header().ontvanger(), s.bsn(), p.nummer(),
                        p.begindatum());
                boolean found = d.isPresent() && d.get().isStopped()
                        && Objects.equals(d.get().redenBeeindiging(), p.redenBeeindiging())
                        && Objects.equals(d.get().einddatum(), p.einddatum());
                // start and stop were sent on or after the Begindatum (TR134): before the gateway's record it cannot know
                if (!found && (d.isPresent() || ctx.sawEverythingSince(p.begindatum()))) {
                    ctx.reject(this, p.path(), "no stop of " + p.nummer() + " (start " + p.begindatum() + ", end "
                            + p.einddatum() + ", reason " + p.redenBeeindiging() + ") to delete",
                            Subjects.of(p.nummer(), null, s.bsn()));
                }
            }
        }
    }
}
