package nl.ijw.gateway.web;

/** Thrown by a handler for anything unknown or out of the user's scope: both answer the same 404. */
final class NotFound extends RuntimeException {

    NotFound() {
        super("not found", null, false, false);
    }
}
