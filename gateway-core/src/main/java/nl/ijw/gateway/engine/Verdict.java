package nl.ijw.gateway.engine;

/**
 * The gateway's decision on a message. A REJECTED message may still have had some classes
 * applied: as the standard prescribes, classes without remarks are processed. FAILED is no
 * judgement of the message: deciding it broke on something unforeseen (a defect of the gateway),
 * so nothing of it was applied and no answer was sent; it is journaled with its bytes for an
 * operator (the live gateway's dead-letter queue).
 */
public enum Verdict {
    ACCEPTED, REJECTED, FAILED
}
