package nl.ijw.gateway.engine;

import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.validation.Finding;

/**
 * Everything the engine decided about one message, committed with it.
 *
 * @param journalId the journal entry of the message
 * @param type      null when the input could not be identified
 * @param response  the retour (or JW325) to send back to the sender, if any
 * @param route     the party the message goes on to: its Ontvanger (null when unknown)
 */
public record Outcome(long journalId, MessageType type, String sender, String receiver, String identificatie,
                      Verdict verdict, List<Finding> findings, Optional<Response> response, Party route) {

    public Outcome {
        findings = List.copyOf(findings);
    }

    /** A message the gateway sends back: its type, identity and bytes, journaled as OUT. */
    public record Response(MessageType type, String identificatie, long journalId, byte[] xml) {
    }
}
