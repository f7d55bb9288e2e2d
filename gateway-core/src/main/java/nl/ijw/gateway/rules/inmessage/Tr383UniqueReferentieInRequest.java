package nl.ijw.gateway.rules.inmessage;

import java.util.HashSet;
import java.util.Set;

import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/** TR383 (0001): the AangevraagdProducten of one JW315 each have their own ReferentieAanbieder. */
public final class Tr383UniqueReferentieInRequest extends MessageRule<VerzoekOmToewijzing> {

    public Tr383UniqueReferentieInRequest() {
        super("TR383", Finding.TECHNICAL_REJECTION, RuleLevel.IN_MESSAGE, VerzoekOmToewijzing.class, MessageType.JW315);
    }

    @Override
    protected void check(VerzoekOmToewijzing v, RuleContext ctx) {
        Set<String> seen = new HashSet<>();
        for (VerzoekOmToewijzing.AangevraagdProduct p : v.producten()) {
            if (!seen.add(p.referentieAanbieder())) {
                ctx.reject(this, Subjects.HEADER, p.path() + ": ReferentieAanbieder " + p.referentieAanbieder()
                        + " occurs twice in this request", Subjects.of(null, p.referentieAanbieder(), v.bsn()));
            }
        }
    }
}
