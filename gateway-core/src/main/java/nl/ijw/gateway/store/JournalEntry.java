package nl.ijw.gateway.store;

import java.time.Instant;

/**
 * One journal record: a message received (IN) or sent (OUT), valid or not, with its raw bytes and
 * what the gateway decided. Header fields are as read and may be null for unreadable input.
 */
public record JournalEntry(Direction direction, Instant receivedAt, String channel, String sourceName, String sha256,
                           long size, String messageType, String release, String sender, String receiver,
                           String identificatie, String dagtekening, String verdict, String schemaVersion,
                           String rulesetVersion, String findingsJson, Long answersId, byte[] payload) {

    public enum Direction { IN, OUT }
}
