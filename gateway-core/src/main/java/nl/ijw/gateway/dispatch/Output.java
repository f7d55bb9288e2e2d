package nl.ijw.gateway.dispatch;

import java.util.Map;
import java.util.Objects;

/**
 * One thing the gateway sends because of a message: where to, what kind, with which properties,
 * and whose bytes (a journal entry's, or given bytes for a signal).
 *
 * @param payloadJournalId the journal entry whose payload is sent (null when {@code payload} is given)
 */
public record Output(Kind kind, String destination, Map<String, String> properties, Long payloadJournalId,
                     byte[] payload) {

    public enum Kind {
        /** The original bytes, unchanged, to {@code ijw.out.<Ontvanger>}. */
        FORWARD,
        /** The gateway's retour or JW325, to {@code ijw.out.<Afzender>}. */
        ANSWER,
        /** A copy of rejected input with its findings, to {@code ijw.rejected}. */
        REJECTED,
        /** A SAP deadline signal (JSON), to the multicast address {@code ijw.signals}. */
        SIGNAL,
        /** A message that failed for its own sake, to {@code ijw.dlq} at once. */
        FAILED
    }

    public static final String IN = "ijw.in";
    public static final String REJECTED_QUEUE = "ijw.rejected";
    public static final String DLQ = "ijw.dlq";
    public static final String SIGNALS = "ijw.signals";
    public static final String OUT_PREFIX = "ijw.out.";

    public Output {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(destination, "destination");
        properties = Map.copyOf(properties);
    }

    /** Signals go to a multicast address (a JMS topic); everything else to a queue. */
    public boolean multicast() {
        return kind == Kind.SIGNAL;
    }
}
