package nl.ijw.gateway.rules.delivery;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.store.Delivery;
import nl.ijw.gateway.store.StateStore;

/**
 * The deliveries a line of a JW305 or JW307 sees. Within one message the deletions
 * (StatusAanlevering 3) count first, then the new lines in document order, each seeing the ones
 * before it (spec 0.5, IV008). Task-based lines (no ToewijzingNummer) are not in the state.
 * <p>
 * A delivery in the state is keyed by municipality, BSN, ToewijzingNummer and Begindatum; the
 * Product of the start key is not stored, so two starts that differ only in Product count as one.
 */
final class DeliveryView {

    /** The stop a start currently has. */
    record Stop(String reden, LocalDate einddatum) {
    }

    private DeliveryView() {
    }

    static Optional<Delivery> stored(StateStore state, Party gemeente, Bsn bsn, ToewijzingNummer nummer,
                                     LocalDate begindatum) throws SQLException {
        return state.delivery(gemeente, bsn, nummer, begindatum).filter(d -> !d.deleted());
    }

    // ---- JW305 ------------------------------------------------------------------------------

    /** Whether this message deletes the start with this key (a SA=3 line with the same key). */
    static boolean deletedHere(StartLevering s, ToewijzingNummer nummer, LocalDate begindatum) {
        for (StartLevering.StartProduct p : s.producten()) {
            if (p.status() == StatusAanlevering.DELETE && Objects.equals(p.nummer(), nummer)
                    && Objects.equals(p.begindatum(), begindatum)) {
                return true;
            }
        }
        return false;
    }

    /** Starts of the allocation that run (not deleted, not stopped) when line {@code index} is applied. */
    static List<LocalDate> runningStarts(StateStore state, StartLevering s, int index) throws SQLException {
        StartLevering.StartProduct line = s.producten().get(index);
        Party gemeente = s.header().ontvanger();
        List<LocalDate> out = new ArrayList<>();
        for (Delivery d : state.deliveries(gemeente, line.nummer())) {
            if (d.bsn().equals(s.bsn()) && d.isRunning() && !deletedHere(s, d.nummer(), d.begindatum())) {
                out.add(d.begindatum());
            }
        }
        for (int j = 0; j < index; j++) {
            StartLevering.StartProduct p = s.producten().get(j);
            if (p.status() == StatusAanlevering.NEW && line.nummer().equals(p.nummer())) {
                out.add(p.begindatum());
            }
        }
        return out;
    }

    // ---- JW307 ------------------------------------------------------------------------------

    /** Whether this message deletes exactly this stop (a SA=3 line with the same stop key). */
    static boolean stopDeletedHere(StopLevering s, ToewijzingNummer nummer, LocalDate begindatum, Stop stop) {
        for (StopLevering.StopProduct p : s.producten()) {
            if (p.status() == StatusAanlevering.DELETE && Objects.equals(p.nummer(), nummer)
                    && Objects.equals(p.begindatum(), begindatum) && Objects.equals(p.redenBeeindiging(), stop.reden())
                    && Objects.equals(p.einddatum(), stop.einddatum())) {
                return true;
            }
        }
        return false;
    }

    /** The stop the start of line {@code index} has when that line is applied; empty when it has none. */
    static Optional<Stop> currentStop(StateStore state, StopLevering s, int index) throws SQLException {
        StopLevering.StopProduct line = s.producten().get(index);
        Optional<Stop> current = Optional.empty();
        Optional<Delivery> d = stored(state, s.header().ontvanger(), s.bsn(), line.nummer(), line.begindatum());
        if (d.isPresent() && d.get().isStopped()) {
            Stop stop = new Stop(d.get().redenBeeindiging(), d.get().einddatum());
            if (!stopDeletedHere(s, line.nummer(), line.begindatum(), stop)) {
                current = Optional.of(stop);
            }
        }
        for (int j = 0; j < index; j++) {
            StopLevering.StopProduct p = s.producten().get(j);
            if (p.status() == StatusAanlevering.NEW && Objects.equals(p.nummer(), line.nummer())
                    && Objects.equals(p.begindatum(), line.begindatum())) {
                current = Optional.of(new Stop(p.redenBeeindiging(), p.einddatum()));
            }
        }
        return current;
    }
}
