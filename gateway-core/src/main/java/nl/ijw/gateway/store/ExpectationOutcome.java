package nl.ijw.gateway.store;

import java.time.LocalDate;

/**
 * An SAP expectation as the compliance report sees it: no match key (it holds the BSN) and no
 * message identities, only what is needed to count it.
 *
 * @param sender      sender of the message that waits
 * @param receiver    its receiver
 * @param fulfilledOn receipt date (Europe/Amsterdam) of the message that met it; null unless DONE
 */
public record ExpectationOutcome(long id, String rule, LocalDate due, Expectation.Status status, String sender,
                                 String receiver, LocalDate fulfilledOn) {
}
