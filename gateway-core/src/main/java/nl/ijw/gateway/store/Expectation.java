package nl.ijw.gateway.store;

import java.time.LocalDate;

/**
 * A message the SAP watch is waiting for (table {@code sap_expectation}). The message fields
 * describe the message that waits: the heen-message awaiting its retour, the request awaiting an
 * answer, the allocation awaiting its start, the start awaiting its stop, the claim awaiting its JW325.
 *
 * @param id        0 for a new row
 * @param matchKey  what the awaited message must carry (see {@code nl.ijw.gateway.sap.SapKeys})
 * @param due       last on-time day
 * @param createdOn receipt date (Europe/Amsterdam) of the creating message
 */
public record Expectation(long id, String rule, String matchKey, LocalDate due, Status status, LocalDate createdOn,
                          String messageType, String messageId, String sender, String receiver,
                          String toewijzingNummer, String referentie, long journalId) {

    /**
     * OVERDUE: reported by the watch and still awaited, in stores written before V4; the watch now
     * keeps a watermark instead (see {@code SapWatch}) and leaves reported rows OPEN.
     */
    public enum Status { OPEN, OVERDUE, DONE, CANCELLED }

    public boolean isAwaited() {
        return status == Status.OPEN || status == Status.OVERDUE;
    }
}
