package nl.ijw.gateway.web;

/** The user's role may not do this (a viewer resubmitting a dead letter): 403. */
final class Forbidden extends RuntimeException {

    Forbidden() {
        super("forbidden", null, false, false);
    }
}
