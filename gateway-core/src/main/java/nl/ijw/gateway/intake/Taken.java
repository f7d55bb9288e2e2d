package nl.ijw.gateway.intake;

import java.util.List;

import nl.ijw.gateway.dispatch.Output;

/**
 * What became of a delivery: decided now, or a redelivery answered from the store.
 *
 * @param redelivered true when the key was taken in before: nothing was decided, its outputs were queued again
 * @param type        message type, null when not identified
 * @param findingsJson the findings as journaled
 * @param outputs     outputs written to the outbox now (empty for a redelivery)
 */
public record Taken(boolean redelivered, long journalId, String type, String sender, String receiver, String verdict,
                    String findingsJson, List<Output> outputs) {

    public Taken {
        outputs = List.copyOf(outputs);
    }

    /** The log line of a message: ids and codes only, never a BSN or a name. */
    public String logLine() {
        return (redelivered ? "redelivered, already journal " : "journal ") + journalId + " " + nz(type) + " "
                + nz(sender) + " -> " + nz(receiver) + " " + verdict;
    }

    private static String nz(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
