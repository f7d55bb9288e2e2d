package nl.ijw.gateway.intake;

import java.util.List;

import nl.ijw.gateway.dispatch.Output;
import nl.ijw.gateway.message.MessageType;

/**
 * What became of a delivery: decided now, or a redelivery answered from the store.
 *
 * @param redelivered true when the key was taken in before: nothing was decided, its outputs were queued again
 * @param type        message type, null when not identified
 * @param sender      its Afzender as written (a retour's: its heen-message's; see {@link #from()})
 * @param receiver    its Ontvanger as written (see {@link #to()})
 * @param findingsJson the findings as journaled
 * @param outputs     outputs written to the outbox now (empty for a redelivery)
 */
public record Taken(boolean redelivered, long journalId, String type, String sender, String receiver, String verdict,
                    String findingsJson, List<Output> outputs) {

    public Taken {
        outputs = List.copyOf(outputs);
    }

    /**
     * The log line of a message: ids and codes only, never a BSN or a name. The arrow points the
     * way the message goes: a retour keeps its heen-message's header, so it goes from its
     * Ontvanger to its Afzender.
     */
    public String logLine() {
        return (redelivered ? "redelivered, already journal " : "journal ") + journalId + " " + nz(type) + " "
                + nz(from()) + " -> " + nz(to()) + " " + verdict;
    }

    /** Who sent the message: its Afzender; a retour keeps its heen-message's header, so its Ontvanger. */
    public String from() {
        return isRetour() ? receiver : sender;
    }

    /** To whom the message goes: its Ontvanger; a retour's the Afzender of its heen-message. */
    public String to() {
        return isRetour() ? sender : receiver;
    }

    private boolean isRetour() {
        return MessageType.isRetour(type);
    }

    private static String nz(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
