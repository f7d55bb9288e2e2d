package nl.ijw.gateway.store;

/** The database failed: the message was not recorded and must not be acknowledged. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
