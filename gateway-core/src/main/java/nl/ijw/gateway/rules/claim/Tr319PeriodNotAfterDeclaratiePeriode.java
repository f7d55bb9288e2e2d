package nl.ijw.gateway.rules.claim;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;

/** TR319 (9319): a debit prestatie lies in the claim's DeclaratiePeriode or before it, never after. */
public final class Tr319PeriodNotAfterDeclaratiePeriode extends MessageRule<Declaratie> {

    public Tr319PeriodNotAfterDeclaratiePeriode() {
        super("TR319", "9319", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (p.debet() && d.periode().end() != null && p.periode().end().isAfter(d.periode().end())) {
                ctx.reject(this, p.path(), "ProductPeriode ends " + p.periode().end() + ", after the DeclaratiePeriode ("
                        + d.periode().end() + ")", Claims.subject(p));
            }
        }
    }
}
