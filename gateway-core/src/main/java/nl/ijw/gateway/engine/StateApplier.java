package nl.ijw.gateway.engine;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import nl.ijw.gateway.domain.Antwoordbericht;
import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.domain.VerzoekOmWijziging;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.store.ClaimLine;
import nl.ijw.gateway.store.Delivery;
import nl.ijw.gateway.store.Request;
import nl.ijw.gateway.store.StateStore;

/**
 * Applies an accepted message's effect on the state. Classes with an error (their path in
 * {@code rejected}) are skipped, the rest are applied, as the receiver of a partly rejected
 * message does.
 */
final class StateApplier {

    private final StateStore state;
    private final Set<String> rejected;
    private final long journalId;
    private final Instant receivedAt;

    StateApplier(StateStore state, Set<String> rejected, long journalId, Instant receivedAt) {
        this.state = state;
        this.rejected = rejected;
        this.journalId = journalId;
        this.receivedAt = receivedAt;
    }

    void apply(IjwMessage message) throws SQLException {
        // Retours and JW325 change no state: the SAP watch resolves what they answer.
        if (message instanceof Toewijzing t) {
            toewijzing(t);
        } else if (message instanceof StartLevering s) {
            start(s);
        } else if (message instanceof StopLevering s) {
            stop(s);
        } else if (message instanceof VerzoekOmToewijzing v) {
            vot(v);
        } else if (message instanceof VerzoekOmWijziging v) {
            vow(v);
        } else if (message instanceof Antwoordbericht a) {
            state.markAnswered(a.header().ontvanger(), a.referentieAanbieder(), journalId);
        } else if (message instanceof Declaratie d) {
            declaratie(d);
        }
        new RuleStateRecorder(state.rules(), rejected, journalId).apply(message);
    }

    /** A class is skipped when it, or a class it belongs to (its Client), has an error. */
    private boolean skip(String path) {
        for (String r : rejected) {
            if (path.equals(r) || path.startsWith(r + "/")) {
                return true;
            }
        }
        return false;
    }

    private void toewijzing(Toewijzing t) throws SQLException {
        Party gemeente = t.header().afzender();
        Party aanbieder = t.header().ontvanger();
        for (Toewijzing.ToegewezenProduct p : t.producten()) {
            if (skip(p.path())) {
                continue;
            }
            state.putAllocation(new Allocation(gemeente, p.nummer(), t.bsn(), aanbieder, p.referentieAanbieder(),
                    p.product(), p.toewijzingsdatum(), p.ingangsdatum(), p.einddatum(), p.redenWijziging(), p.omvang(),
                    p.budget(), p.isWithdrawal(), receivedAt, journalId));
            if (p.referentieAanbieder() != null) {
                state.markAnswered(aanbieder, p.referentieAanbieder(), journalId);
            }
        }
    }

    private void start(StartLevering s) throws SQLException {
        Party gemeente = s.header().ontvanger();
        for (StartLevering.StartProduct p : s.producten()) {
            if (skip(p.path()) || p.nummer() == null) {
                continue; // task-based starts are not linked to an allocation
            }
            Optional<Delivery> existing = state.delivery(gemeente, s.bsn(), p.nummer(), p.begindatum());
            if (p.status() == StatusAanlevering.DELETE) {
                if (existing.isPresent()) {
                    Delivery d = existing.get();
                    state.putDelivery(new Delivery(d.gemeente(), d.bsn(), d.nummer(), d.begindatum(), d.aanbieder(),
                            d.einddatum(), d.redenBeeindiging(), true, d.startJournalId(), d.stopJournalId()));
                }
            } else {
                Long stop = existing.map(Delivery::stopJournalId).orElse(null);
                state.putDelivery(new Delivery(gemeente, s.bsn(), p.nummer(), p.begindatum(), s.header().afzender(),
                        existing.map(Delivery::einddatum).orElse(null),
                        existing.map(Delivery::redenBeeindiging).orElse(null), false, journalId, stop));
            }
        }
    }

    private void stop(StopLevering s) throws SQLException {
        Party gemeente = s.header().ontvanger();
        for (StopLevering.StopProduct p : s.producten()) {
            if (skip(p.path()) || p.nummer() == null) {
                continue;
            }
            Optional<Delivery> existing = state.delivery(gemeente, s.bsn(), p.nummer(), p.begindatum());
            if (existing.isEmpty()) {
                continue; // a stop without start is rejected by TR063; nothing to apply
            }
            Delivery d = existing.get();
            boolean delete = p.status() == StatusAanlevering.DELETE;
            state.putDelivery(new Delivery(d.gemeente(), d.bsn(), d.nummer(), d.begindatum(), d.aanbieder(),
                    delete ? null : p.einddatum(), delete ? null : p.redenBeeindiging(), d.deleted(),
                    d.startJournalId(), delete ? null : journalId));
        }
    }

    private void vot(VerzoekOmToewijzing v) throws SQLException {
        for (VerzoekOmToewijzing.AangevraagdProduct p : v.producten()) {
            if (!skip(p.path()) && state.request(v.header().afzender(), p.referentieAanbieder()).isEmpty()) {
                state.putRequest(new Request(v.header().afzender(), p.referentieAanbieder(), v.header().ontvanger(),
                        "JW315", v.bsn(), receivedAt, journalId, null));
            }
        }
    }

    private void vow(VerzoekOmWijziging v) throws SQLException {
        if (!skip(v.verzoekPath()) && state.request(v.header().afzender(), v.referentieAanbieder()).isEmpty()) {
            state.putRequest(new Request(v.header().afzender(), v.referentieAanbieder(), v.header().ontvanger(),
                    "JW317", v.bsn(), receivedAt, journalId, null));
        }
    }

    private void declaratie(Declaratie d) throws SQLException {
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (!skip(p.path())) {
                state.putClaimLine(new ClaimLine(d.header().afzender(), p.referentieNummer(), d.header().ontvanger(),
                        d.declaratieNummer(), p.bsn(), p.nummer(), p.periode(), p.volume(), p.eenheid(), p.tarief(),
                        p.bedrag(), p.debet(), p.vorigReferentieNummer(), journalId));
            }
        }
    }
}
