package nl.ijw.gateway.rules.inmessage;

import java.util.List;

import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/**
 * TR302 (0001): one JW301 may not allocate the same product twice over overlapping periods.
 * Deleted allocations (RedenWijziging 13, or 01 with Einddatum = Ingangsdatum) take no part.
 */
public final class Tr302NoOverlappingAllocations extends MessageRule<Toewijzing> {

    public Tr302NoOverlappingAllocations() {
        super("TR302", Finding.TECHNICAL_REJECTION, RuleLevel.IN_MESSAGE, Toewijzing.class, MessageType.JW301);
    }

    @Override
    protected void check(Toewijzing t, RuleContext ctx) {
        List<Toewijzing.ToegewezenProduct> live = t.producten().stream().filter(p -> !deleted(p)).toList();
        for (int i = 0; i < live.size(); i++) {
            for (int j = 0; j < i; j++) {
                var a = live.get(j);
                var b = live.get(i);
                if (ProductOverlap.conflict(a.product(), a.period(), b.product(), b.period())) {
                    ctx.reject(this, Subjects.HEADER, b.path() + " (" + b.nummer() + ") overlaps " + a.path() + " ("
                            + a.nummer() + ") for the same product", Subjects.of(b.nummer(), null, t.bsn()));
                    break;
                }
            }
        }
    }

    private static boolean deleted(Toewijzing.ToegewezenProduct p) {
        return p.isWithdrawal()
                || ("01".equals(p.redenWijziging()) && p.einddatum() != null && p.einddatum().equals(p.ingangsdatum()));
    }
}
