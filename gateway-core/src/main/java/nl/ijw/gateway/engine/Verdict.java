package nl.ijw.gateway.engine;

/**
 * The gateway's decision on a message. A REJECTED message may still have had some classes
 * applied: as the standard prescribes, classes without remarks are processed.
 */
public enum Verdict {
    ACCEPTED, REJECTED
}
