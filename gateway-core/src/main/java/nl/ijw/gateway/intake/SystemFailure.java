package nl.ijw.gateway.intake;

/**
 * The gateway could not take a message in for reasons that are not the message's (the database is
 * down, the disk full): nothing was committed, the delivery must not be acknowledged, and the
 * broker redelivers it with back-off. A bad message is never this: it is a normal outcome.
 */
public final class SystemFailure extends RuntimeException {
    /** Store errors can quote the values of a row (a BSN in a key): nine-digit numbers are masked. */
    public SystemFailure(String message, Throwable cause) {
        super(message == null ? null : nl.ijw.gateway.privacy.Masking.maskNineDigitNumbers(message), cause);
    }
}
