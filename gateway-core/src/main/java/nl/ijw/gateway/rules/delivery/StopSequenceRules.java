package nl.ijw.gateway.rules.delivery;

import java.sql.SQLException;
import java.util.Optional;

import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;

/**
 * The order of stops on one start (BSN, ToewijzingNummer, Begindatum): a temporary stop
 * (RedenBeeindiging 20) may be followed once by a definitive stop, nothing follows a definitive
 * stop, and a follow-up stop does not end earlier. Each new stop is compared with the stop its
 * start has at that point of the message (deletions in the message first, then earlier lines).
 */
public abstract class StopSequenceRules extends MessageRule<StopLevering> {

    static final String TEMPORARY = "20";

    StopSequenceRules(String id, String code) {
        super(id, code, RuleLevel.CROSS_MESSAGE, StopLevering.class, MessageType.JW307);
    }

    @Override
    protected final void check(StopLevering s, RuleContext ctx) throws SQLException {
        for (int i = 0; i < s.producten().size(); i++) {
            StopLevering.StopProduct p = s.producten().get(i);
            if (p.status() != StatusAanlevering.NEW || p.nummer() == null) {
                continue;
            }
            Optional<DeliveryView.Stop> current = DeliveryView.currentStop(ctx.state(), s, i);
            if (current.isPresent()) {
                String why = breach(p, current.get());
                if (why != null) {
                    ctx.reject(this, p.path(), why, Subjects.of(p.nummer(), null, s.bsn()));
                }
            }
        }
    }

    /** Why this new stop may not follow the start's current stop, or null. */
    abstract String breach(StopLevering.StopProduct stop, DeliveryView.Stop current);

    /** TR413 (9413): after a temporary stop the next stop is definitive. */
    public static final class Tr413 extends StopSequenceRules {
        public Tr413() {
            super("TR413", "9413");
        }

        @Override
        String breach(StopLevering.StopProduct stop, DeliveryView.Stop current) {
            return TEMPORARY.equals(stop.redenBeeindiging()) && TEMPORARY.equals(current.reden())
                    ? "a temporary stop follows a temporary stop; the next stop must be definitive" : null;
        }
    }

    /** TR414 (9414): a follow-up stop does not end before the stop it follows. */
    public static final class Tr414 extends StopSequenceRules {
        public Tr414() {
            super("TR414", "9414");
        }

        @Override
        String breach(StopLevering.StopProduct stop, DeliveryView.Stop current) {
            return stop.einddatum() != null && current.einddatum() != null && stop.einddatum().isBefore(current.einddatum())
                    ? "Einddatum " + stop.einddatum() + " lies before the earlier stop's " + current.einddatum() : null;
        }
    }

    /** TR415 (9415): no stop after a definitive stop; restarting needs a new start. */
    public static final class Tr415 extends StopSequenceRules {
        public Tr415() {
            super("TR415", "9415");
        }

        @Override
        String breach(StopLevering.StopProduct stop, DeliveryView.Stop current) {
            return !TEMPORARY.equals(current.reden())
                    ? "the start already has a definitive stop (reason " + current.reden() + ")" : null;
        }
    }
}
