package nl.ijw.gateway.engine;

import nl.ijw.gateway.privacy.Masking;

/**
 * The gateway could not record a message at all, for reasons that are not the message's (the
 * database is down, the disk full): deciding it failed and journaling it as {@link Verdict#FAILED}
 * failed too. Nothing of the message is stored, so the caller must not acknowledge it and should
 * offer it again later; the live gateway lets the broker redeliver it with back-off. Distinct on
 * purpose from a FAILED outcome, which is recorded and goes to the dead-letter queue at once, and
 * from a bad message, which is a normal outcome and never retried.
 */
public final class SystemFailure extends RuntimeException {

    /** Store errors can quote the values of a row (a BSN in a key): nine-digit numbers are masked. */
    public SystemFailure(String message, Throwable cause) {
        super(message == null ? null : Masking.maskNineDigitNumbers(message), cause);
    }
}
