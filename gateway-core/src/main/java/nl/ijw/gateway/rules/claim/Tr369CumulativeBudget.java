package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.store.ClaimLine;

/**
 * TR369 (9369): on an allocation with a Budget, the approved amounts (debits minus credits, in
 * eurocents) stay within it. The rule text sums GeleverdVolume; the gateway sums IngediendBedrag,
 * which is the volume for unit 83 (our reading). Counted: approved lines of earlier claims, the
 * credits of this claim (they go first) and its debits before this one that no rule rejected.
 */
public final class Tr369CumulativeBudget extends MessageRule<Declaratie> {

    public Tr369CumulativeBudget() {
        super("TR369", "9369", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        List<Declaratie.Prestatie> acceptedHere = new ArrayList<>();
        for (Declaratie.Prestatie p : Claims.processingOrder(d)) {
            if (!p.debet()) {
                if (Claims.notRejected(ctx, p)) {
                    acceptedHere.add(p);
                }
                continue;
            }
            Optional<Allocation> found = Claims.usable(ctx, d, p);
            if (found.isEmpty() || found.get().budget() == null) {
                continue;
            }
            long net = 0;
            for (ClaimLine c : Claims.storedLines(ctx, d.header().ontvanger(), d.header().afzender(), p.nummer())) {
                net += c.debet() ? c.bedrag() : -c.bedrag();
            }
            for (Declaratie.Prestatie q : acceptedHere) {
                if (p.nummer().equals(q.nummer())) {
                    net += q.debet() ? q.bedrag() : -q.bedrag();
                }
            }
            if (net + p.bedrag() > found.get().budget()) {
                ctx.reject(this, p.path(), "together with what was approved before, the amount exceeds the budget "
                        + found.get().budget() + " of allocation " + p.nummer(), Claims.subject(p));
            } else if (Claims.notRejected(ctx, p)) {
                acceptedHere.add(p);
            }
        }
    }
}
