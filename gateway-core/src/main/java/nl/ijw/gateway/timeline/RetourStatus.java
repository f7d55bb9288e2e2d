package nl.ijw.gateway.timeline;

import java.time.Instant;
import java.util.List;

/**
 * The retour a heen-message got: from the other party (IN) or sent by the gateway itself (OUT), with
 * its retour codes as the retour's bytes carry them.
 *
 * @param journalId  the retour's journal entry
 * @param fromGateway true when the gateway sent it (its own judgement of the message)
 */
public record RetourStatus(String messageType, long journalId, Instant receivedAt, boolean fromGateway,
                           List<String> codes) {

    public RetourStatus {
        codes = List.copyOf(codes);
    }
}
