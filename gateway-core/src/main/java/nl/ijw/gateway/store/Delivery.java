package nl.ijw.gateway.store;

import java.time.LocalDate;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.ToewijzingNummer;

/**
 * A delivery of an allocated product: started by a JW305, ended by a JW307, keyed by BSN,
 * ToewijzingNummer and Begindatum. {@code deleted} after a start or stop with StatusAanlevering 3.
 */
public record Delivery(Party gemeente, Bsn bsn, ToewijzingNummer nummer, LocalDate begindatum, Party aanbieder,
                       LocalDate einddatum, String redenBeeindiging, boolean deleted, long startJournalId,
                       Long stopJournalId) {

    /** A current start: not deleted and not stopped. */
    public boolean isRunning() {
        return !deleted && stopJournalId == null;
    }

    public boolean isStopped() {
        return !deleted && stopJournalId != null;
    }
}
