package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.store.ClaimLine;
import nl.ijw.gateway.store.RuleState;

/**
 * TR389 (9389): no second debit for the same allocation, product and ProductPeriode while an
 * approved debit for it stands uncredited; a credit earlier in this claim (credits go first) frees
 * it. Stored lines from before migration V2 have no product recorded and match on allocation and
 * period alone. (Two such debits within one claim are TR416's, an in-message rule.)
 */
public final class Tr389NoSecondDebit extends MessageRule<Declaratie> {

    public Tr389NoSecondDebit() {
        super("TR389", "9389", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (!p.debet() || p.nummer() == null) {
                continue;
            }
            List<ClaimLine> stored = Claims.storedLines(ctx, d.header().ontvanger(), d.header().afzender(), p.nummer());
            Set<String> credited = Claims.credited(ctx, d, stored);
            for (ClaimLine c : stored) {
                if (c.debet() && c.periode().equals(p.periode()) && !credited.contains(c.referentieNummer())
                        && sameProduct(ctx, d, c, p.product())) {
                    ctx.reject(this, p.path(), "debit " + c.referentieNummer() + " already claims this allocation, product"
                            + " and period and was not credited", Claims.subject(p));
                    break;
                }
            }
        }
    }

    private static boolean sameProduct(RuleContext ctx, Declaratie d, ClaimLine c, Product product) throws SQLException {
        Optional<RuleState.JudgedPrestatie> seen = ctx.state().rules().prestatie(d.header().afzender(), c.referentieNummer());
        return seen.isEmpty() || (Objects.equals(seen.get().product().categorie(), product.categorie())
                && Objects.equals(seen.get().product().code(), product.code()));
    }
}
