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

    /**
     * This entry as the journal's columns can hold it (V1): a header field too long for its column,
     * which only unreadable or invalid input has, is left out (the raw bytes still hold it), an
     * over-long source name or schema stamp is shortened (the stamp keeps its digest, at the end).
     * Without this such input could not be journaled at all.
     */
    public JournalEntry fitted() {
        if (fits(sourceName, 1024) && fits(messageType, 8) && fits(release, 8) && fits(sender, 16)
                && fits(receiver, 16) && fits(identificatie, 64) && fits(dagtekening, 32) && fits(schemaVersion, 256)
                && fits(rulesetVersion, 64)) {
            return this;
        }
        return new JournalEntry(direction, receivedAt, channel, head(sourceName, 1024), sha256, size,
                orNull(messageType, 8), orNull(release, 8), orNull(sender, 16), orNull(receiver, 16),
                orNull(identificatie, 64), orNull(dagtekening, 32), verdict, tail(schemaVersion, 256),
                tail(rulesetVersion, 64), findingsJson, answersId, payload);
    }

    private static boolean fits(String s, int max) {
        return s == null || s.length() <= max;
    }

    private static String orNull(String s, int max) {
        return fits(s, max) ? s : null;
    }

    private static String head(String s, int max) {
        return fits(s, max) ? s : s.substring(0, max - 1) + "\u2026";
    }

    private static String tail(String s, int max) {
        return fits(s, max) ? s : "\u2026" + s.substring(s.length() - max + 1);
    }
}
