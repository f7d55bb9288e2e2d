package nl.ijw.gateway.monitor;

/** A total without items: what a municipality sees of the other municipalities' traffic. */
public record VerdictTotal(String verdict, long count) {
}
