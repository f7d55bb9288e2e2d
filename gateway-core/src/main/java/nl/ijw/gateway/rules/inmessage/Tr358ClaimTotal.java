package nl.ijw.gateway.rules.inmessage;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/**
 * TR358 (0001): TotaalIngediendBedrag is the sum of the debit amounts minus the credit amounts;
 * a negative net is written as a credit total, zero as a debit (CS325).
 */
public final class Tr358ClaimTotal extends MessageRule<Declaratie> {

    public Tr358ClaimTotal() {
        super("TR358", Finding.TECHNICAL_REJECTION, RuleLevel.IN_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) {
        long net = 0;
        for (Declaratie.Prestatie p : d.prestaties()) {
            net += p.debet() ? p.bedrag() : -p.bedrag();
        }
        boolean ok = net >= 0 ? d.totaalDebet() && d.totaalBedrag() == net : !d.totaalDebet() && d.totaalBedrag() == -net;
        if (!ok) {
            ctx.reject(this, Subjects.HEADER, "TotaalIngediendBedrag " + d.totaalBedrag() + (d.totaalDebet() ? " D" : " C")
                    + " differs from the prestaties' net " + Math.abs(net) + (net >= 0 ? " D" : " C"),
                    Subjects.of(null, d.declaratieNummer(), null));
        }
    }
}
