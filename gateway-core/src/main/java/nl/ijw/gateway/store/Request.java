package nl.ijw.gateway.store;

import java.time.Instant;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Party;

/** A requested product of a VOT (JW315) or a VOW (JW317), awaiting or having its answer. */
public record Request(Party aanbieder, String referentieAanbieder, Party gemeente, String kind, Bsn bsn,
                      Instant receivedAt, long journalId, Long answeredJournalId) {

    public boolean isAnswered() {
        return answeredJournalId != null;
    }
}
