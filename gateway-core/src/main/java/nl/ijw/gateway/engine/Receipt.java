package nl.ijw.gateway.engine;

import java.time.Instant;
import java.util.Objects;

/** When and how a message arrived: the receipt time is the engine's "now" for that message. */
public record Receipt(Instant receivedAt, Channel channel, String sourceName) {
    public Receipt {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        sourceName = sourceName == null ? "" : sourceName;
    }
}
