package nl.ijw.gateway.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.monitor.RejectedMessage;

/** A retour keeps its heen-message's header; the views say who sent it, as IjwSender/IjwReceiver do. */
class RetourDirectionTest {

    @Test
    void aRetourIsShownFromItsOntvangerToItsAfzender() {
        TimelineEntry jw302 = entry("JW302");
        assertEquals("41836207", jw302.from());
        assertEquals("0599", jw302.to());
        TimelineEntry jw301 = entry("JW301");
        assertEquals("0599", jw301.from());
        assertEquals("41836207", jw301.to());
        RejectedMessage rejected = new RejectedMessage(1, Instant.EPOCH, "JW316", "41836207", "0599", "X", List.of());
        assertEquals("0599", rejected.from());
        assertEquals("41836207", rejected.to());
        RejectedMessage unread = new RejectedMessage(1, Instant.EPOCH, null, null, null, null, List.of());
        assertEquals(null, unread.from());
    }

    @Test
    void retourNamesAsJournaled() {
        assertTrue(MessageType.isRetour("JW320"));
        assertFalse(MessageType.isRetour("JW325")); // an answer to a claim, not a retour
        assertFalse(MessageType.isRetour("JW301"));
        assertFalse(MessageType.isRetour(null));
        assertFalse(MessageType.isRetour("jw302"));
    }

    private static TimelineEntry entry(String type) {
        return new TimelineEntry(1, Instant.EPOCH, type, "t", "0599", "41836207", "X", "ACCEPTED", List.of(), List.of(),
                List.of());
    }
}
