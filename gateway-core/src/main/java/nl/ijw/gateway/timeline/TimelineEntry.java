package nl.ijw.gateway.timeline;

import java.time.Instant;
import java.util.List;

/**
 * One message about the client, as received, with what the state says it did, the retours it got
 * and the SAP deadlines it started.
 *
 * @param title     the message type's iJw name ("Toewijzing"); null when the message could not be read
 * @param facts     what the message did for this client (allocation versions, start, stop, claim lines, ...)
 * @param retours   empty when none came (yet): see {@link #awaitingRetour()}
 * @param deadlines the expectations it created, in id order
 */
public record TimelineEntry(long journalId, Instant receivedAt, String messageType, String title, String sender,
                            String receiver, String identificatie, String verdict, List<Fact> facts,
                            List<RetourStatus> retours, List<Deadline> deadlines) {

    public TimelineEntry {
        facts = List.copyOf(facts);
        retours = List.copyOf(retours);
        deadlines = List.copyOf(deadlines);
    }

    /** Who sent it: its Afzender; a retour keeps its heen-message's header, so its Ontvanger. */
    public String from() {
        return nl.ijw.gateway.message.MessageType.isRetour(messageType) ? receiver : sender;
    }

    /** To whom it went: its Ontvanger; a retour's, its Afzender. */
    public String to() {
        return nl.ijw.gateway.message.MessageType.isRetour(messageType) ? sender : receiver;
    }

    /**
     * True when a retour is expected (an OP090 row) and the other party's has not come; the
     * gateway's own retour (its judgement, sent in the receiver's name) does not count.
     */
    public boolean awaitingRetour() {
        return retours.stream().allMatch(RetourStatus::fromGateway) && deadlines.stream().anyMatch(d -> d.rule().equals("OP090") && d.actual() == null
                && d.outcome() != Deadline.Outcome.CANCELLED);
    }
}
