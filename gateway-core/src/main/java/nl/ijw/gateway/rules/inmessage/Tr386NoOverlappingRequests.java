package nl.ijw.gateway.rules.inmessage;

import java.util.List;

import nl.ijw.gateway.domain.Period;
import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/** TR386 (0001): one JW315 may not request the same product twice over overlapping periods. */
public final class Tr386NoOverlappingRequests extends MessageRule<VerzoekOmToewijzing> {

    public Tr386NoOverlappingRequests() {
        super("TR386", Finding.TECHNICAL_REJECTION, RuleLevel.IN_MESSAGE, VerzoekOmToewijzing.class, MessageType.JW315);
    }

    @Override
    protected void check(VerzoekOmToewijzing v, RuleContext ctx) {
        List<VerzoekOmToewijzing.AangevraagdProduct> list = v.producten();
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                var a = list.get(j);
                var b = list.get(i);
                if (a.toewijzingIngangsdatum() == null || b.toewijzingIngangsdatum() == null) {
                    continue;
                }
                if (ProductOverlap.conflict(a.product(), period(a), b.product(), period(b))) {
                    ctx.reject(this, Subjects.HEADER, b.path() + " overlaps " + a.path() + " for the same product",
                            Subjects.of(null, b.referentieAanbieder(), v.bsn()));
                    break;
                }
            }
        }
    }

    private static Period period(VerzoekOmToewijzing.AangevraagdProduct p) {
        return new Period(p.toewijzingIngangsdatum(), p.toewijzingEinddatum());
    }
}
