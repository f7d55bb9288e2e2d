package nl.ijw.gateway.rules.delivery;

import java.sql.SQLException;
import java.util.Optional;

import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.Delivery;

/** TR071 (9071): a start that has a stop cannot be deleted; the stop must be deleted first. */
public final class Tr071NoStartDeleteAfterStop extends MessageRule<StartLevering> {

    public Tr071NoStartDeleteAfterStop() {
        super("TR071", "9071", RuleLevel.CROSS_MESSAGE, StartLevering.class, MessageType.JW305);
    }

    @Override
    protected void check(StartLevering s, RuleContext ctx) throws SQLException {
        for (StartLevering.StartProduct p : s.producten()) {
            if (p.status() != StatusAanlevering.DELETE || p.nummer() == null) {
                continue;
            }
            Optional<Delivery> d = DeliveryView.stored(ctx.state(), s.header().ontvanger(), s.bsn(), p.nummer(),
                    p.begindatum());
            if (d.isPresent() && d.get().isStopped()) {
                ctx.reject(this, p.path(), "the start of " + p.nummer() + " on " + p.begindatum()
                        + " has a stop; delete the stop first", Subjects.of(p.nummer(), null, s.bsn()));
            }
        }
    }
}
