package nl.ijw.gateway.rules.inmessage;

import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/** TR018 (0001): a stop's Einddatum may not lie before its Begindatum. */
public final class Tr018EinddatumNotBeforeBegindatum extends MessageRule<StopLevering> {

    public Tr018EinddatumNotBeforeBegindatum() {
        super("TR018", Finding.TECHNICAL_REJECTION, RuleLevel.IN_MESSAGE, StopLevering.class, MessageType.JW307);
    }

    @Override
    protected void check(StopLevering m, RuleContext ctx) {
        for (StopLevering.StopProduct p : m.producten()) {
            if (p.einddatum() != null && p.begindatum() != null && p.einddatum().isBefore(p.begindatum())) {
                ctx.reject(this, Subjects.HEADER, p.path() + ": Einddatum " + p.einddatum() + " lies before Begindatum "
                        + p.begindatum(), Subjects.of(p.nummer(), null, m.bsn()));
            }
        }
    }
}
