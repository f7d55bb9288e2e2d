package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;
import java.util.Optional;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.store.ClaimLine;

/**
 * TR323 (8017): a credit prestatie points, by VorigReferentieNummer, at a debit of this provider
 * that was approved in an earlier claim (a debit in the same claim cannot be credited: TR316).
 */
public final class Tr323CreditNeedsApprovedDebit extends MessageRule<Declaratie> {

    public Tr323CreditNeedsApprovedDebit() {
        super("TR323", "8017", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (p.debet()) {
                continue;
            }
            Optional<ClaimLine> debit = p.vorigReferentieNummer() == null ? Optional.empty()
                    : ctx.state().claimLine(d.header().afzender(), p.vorigReferentieNummer());
            if ((debit.isEmpty() && known(ctx, d, p)) || (debit.isPresent() && !debit.get().debet())) {
                ctx.reject(this, p.path(), "no approved debit " + p.vorigReferentieNummer() + " to credit",
                        Claims.subject(p));
            }
        }
    }

    /**
     * Whether the gateway can know the debit is missing: it judged that debit (and did not approve it),
     * or its record began by the start of the ProductPeriode, which the debit shares with its credit
     * and which it could not claim before. Otherwise the debit may predate the gateway.
     */
    private static boolean known(RuleContext ctx, Declaratie d, Declaratie.Prestatie p) throws SQLException {
        return p.vorigReferentieNummer() == null
                || ctx.state().rules().prestatie(d.header().afzender(), p.vorigReferentieNummer()).isPresent()
                || ctx.sawEverythingSince(p.periode().start());
    }
}
