package nl.ijw.gateway.store;

import java.time.LocalDate;

/**
 * An SAP expectation as the compliance report sees it: no match key (it holds the BSN), only what
 * is needed to count it and to name it to a provider.
 *
 * @param sender         sender of the message that waits
 * @param receiver       its receiver
 * @param fulfilledOn    receipt date (Europe/Amsterdam) of the message that met it; null unless DONE
 * @param waiting        the message that waits (type, Identificatie, journal entry); null when unknown
 * @param fulfilledBy    the message that met it; null unless DONE
 * @param toewijzingNummer the allocation it concerns, or null
 */
public record ExpectationOutcome(long id, String rule, LocalDate due, Expectation.Status status, String sender,
                                 String receiver, LocalDate fulfilledOn, MessageRef waiting, MessageRef fulfilledBy,
                                 String toewijzingNummer) {

    /** A message by type and Identificatie (a retour's: the heen-message's), with its journal entry. */
    public record MessageRef(String messageType, String identificatie, long journalId) {
    }

    /** Counting only: no message identities. */
    public ExpectationOutcome(long id, String rule, LocalDate due, Expectation.Status status, String sender,
                              String receiver, LocalDate fulfilledOn) {
        this(id, rule, due, status, sender, receiver, fulfilledOn, null, null, null);
    }
}
