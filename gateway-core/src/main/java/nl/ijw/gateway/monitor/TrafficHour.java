package nl.ijw.gateway.monitor;

import java.time.Instant;

/** Messages received in one clock hour (starting at {@code hour}) of one type with one verdict. */
public record TrafficHour(Instant hour, String messageType, String verdict, long count) {
}
