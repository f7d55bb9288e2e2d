package nl.ijw.gateway.engine;

/**
 * The gateway could not record a message at all: deciding it failed and journaling it as
 * {@link Verdict#FAILED} failed too (the database is down, the disk full). Nothing of the message
 * is stored, so the caller must not acknowledge it and should offer it again later; the live
 * gateway retries these. Distinct on purpose from a FAILED outcome, which is recorded and goes
 * to the dead-letter queue instead. The message text holds no BSN in clear.
 */
public final class SystemFailure extends RuntimeException {

    public SystemFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
