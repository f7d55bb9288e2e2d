package nl.ijw.gateway.monitor;

import java.time.Instant;
import java.util.List;

/** A rejected input with its findings in words (texts as journaled: BSNs already masked). */
public record RejectedMessage(long journalId, Instant receivedAt, String messageType, String sender, String receiver,
        String identificatie, List<FindingText> findings) {

    public RejectedMessage {
        findings = List.copyOf(findings);
    }

    /** Who sent it: its Afzender; a retour keeps its heen-message's header, so its Ontvanger. */
    public String from() {
        return nl.ijw.gateway.message.MessageType.isRetour(messageType) ? receiver : sender;
    }

    /** To whom it went: its Ontvanger; a retour's, its Afzender. */
    public String to() {
        return nl.ijw.gateway.message.MessageType.isRetour(messageType) ? sender : receiver;
    }

    /** One finding: rule id, retourcode (may be null) and its text. */
    public record FindingText(String rule, String retourCode, String text) {
    }
}
