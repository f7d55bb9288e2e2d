package nl.ijw.gateway.engine;

import java.sql.SQLException;
import java.util.Set;

import nl.ijw.gateway.domain.Antwoordbericht;
import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.store.RuleState;

/**
 * Records, next to {@link StateApplier}, what only the technical rules need (migration V2): the
 * answers a request got, the accepted claim and every prestatie judged on its content. Runs for
 * the same messages the applier runs for, with the same rejected classes.
 */
final class RuleStateRecorder {

    private final RuleState rules;
    private final Set<String> rejected;
    private final long journalId;

    RuleStateRecorder(RuleState rules, Set<String> rejected, long journalId) {
        this.rules = rules;
        this.rejected = rejected;
        this.journalId = journalId;
    }

    void apply(IjwMessage message) throws SQLException {
        if (message instanceof Toewijzing t) {
            for (Toewijzing.ToegewezenProduct p : t.producten()) {
                if (!rejectedAt(p.path()) && p.referentieAanbieder() != null && !p.referentieAanbieder().isBlank()) {
                    rules.putAnswer(t.header().ontvanger(), p.referentieAanbieder(), t.header().afzender(),
                            RuleState.Answer.ALLOCATION, null, journalId);
                }
            }
        } else if (message instanceof Antwoordbericht a) {
            if (!rejectedAt(a.antwoordPath())) {
                rules.putAnswer(a.header().ontvanger(), a.referentieAanbieder(), a.header().afzender(),
                        RuleState.Answer.ANSWER, a.verzoekAntwoord(), journalId);
            }
        } else if (message instanceof Declaratie d) {
            rules.putClaim(d.header().afzender(), d.declaratieNummer(), d.header().ontvanger(), d.periode(), journalId);
            for (Declaratie.Prestatie p : d.prestaties()) {
                rules.putPrestatie(d.header().afzender(), p.referentieNummer(), d.header().ontvanger(), p.product(),
                        !rejectedAt(p.path()), journalId);
            }
        }
    }

    private boolean rejectedAt(String path) {
        for (String r : rejected) {
            if (path.equals(r) || path.startsWith(r + "/")) {
                return true;
            }
        }
        return false;
    }
}
