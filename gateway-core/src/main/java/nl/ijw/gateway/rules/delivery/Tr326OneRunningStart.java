package nl.ijw.gateway.rules.delivery;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;

/**
 * TR326 (9326): an allocation has at most one running start: a new start needs every earlier
 * start of that allocation to have a stop (a temporary stop counts). Deletions in the same
 * message count first, so "delete and start again" in one message is allowed (OP289); two new
 * starts of one allocation in one message break the rule on the second.
 */
public final class Tr326OneRunningStart extends MessageRule<StartLevering> {

    public Tr326OneRunningStart() {
        super("TR326", "9326", RuleLevel.CROSS_MESSAGE, StartLevering.class, MessageType.JW305);
    }

    @Override
    protected void check(StartLevering s, RuleContext ctx) throws SQLException {
        for (int i = 0; i < s.producten().size(); i++) {
            StartLevering.StartProduct p = s.producten().get(i);
            if (p.status() != StatusAanlevering.NEW || p.nummer() == null) {
                continue;
            }
            List<LocalDate> running = DeliveryView.runningStarts(ctx.state(), s, i);
            if (!running.isEmpty()) {
                ctx.reject(this, p.path(), "allocation " + p.nummer() + " already has a running start (Begindatum "
                        + running.get(0) + ")", Subjects.of(p.nummer(), null, s.bsn()));
            }
        }
    }
}
