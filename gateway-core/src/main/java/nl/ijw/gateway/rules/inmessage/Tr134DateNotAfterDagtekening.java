package nl.ijw.gateway.rules.inmessage;

import static nl.ijw.gateway.message.MessageType.JW305;
import static nl.ijw.gateway.message.MessageType.JW307;

import java.time.LocalDate;

import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/**
 * TR134 (0001): a reported date may not lie after the message's Dagtekening. The rule does not name
 * its elements; the gateway applies it to what its domain view carries: StartProduct/Begindatum
 * (a start is reported after it happened, OP011) and StopProduct/Einddatum.
 */
public final class Tr134DateNotAfterDagtekening extends BaseRule {

    public Tr134DateNotAfterDagtekening() {
        super("TR134", Finding.TECHNICAL_REJECTION, RuleLevel.IN_MESSAGE, JW305, JW307);
    }

    @Override
    public void check(RuleContext ctx) {
        LocalDate dagtekening = ctx.message().header().dagtekening();
        if (ctx.message() instanceof StartLevering s) {
            for (StartLevering.StartProduct p : s.producten()) {
                if (p.begindatum() != null && p.begindatum().isAfter(dagtekening)) {
                    ctx.reject(this, Subjects.HEADER, p.path() + ": Begindatum " + p.begindatum()
                            + " lies after Dagtekening " + dagtekening, Subjects.of(p.nummer(), null, s.bsn()));
                }
            }
        } else if (ctx.message() instanceof StopLevering s) {
            for (StopLevering.StopProduct p : s.producten()) {
                if (p.einddatum() != null && p.einddatum().isAfter(dagtekening)) {
                    ctx.reject(this, Subjects.HEADER, p.path() + ": Einddatum " + p.einddatum()
                            + " lies after Dagtekening " + dagtekening, Subjects.of(p.nummer(), null, s.bsn()));
                }
            }
        }
    }
}
