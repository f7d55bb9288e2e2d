package nl.ijw.gateway.engine;

/** How a message reached the gateway. */
public enum Channel {
    QUEUE, FOLDER, REPLAY, CLI
}
