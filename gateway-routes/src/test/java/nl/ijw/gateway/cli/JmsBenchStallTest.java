package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** bench jms gives up, saying why, when nothing comes back for its limit (it once waited for ever on a full broker disk). */
class JmsBenchStallTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void progressKeepsItGoingAndAMinuteOfNothingStopsItInWords() {
        AtomicLong now = new AtomicLong();
        JmsBench.Stall stall = new JmsBench.Stall(60 * SECOND, now::get);
        stall.check(100, 6_000);
        now.addAndGet(59 * SECOND);
        stall.check(100, 6_000);
        now.addAndGet(30 * SECOND);
        assertDoesNotThrow(() -> stall.check(101, 6_000), "an output came back: the minute starts again");
        now.addAndGet(60 * SECOND + 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> stall.check(101, 6_000));
        assertEquals("bench jms: no output came back for 60 s with 5,899 of 6,000 messages still in flight: the gateway"
                + " stopped delivering, so there is no figure; its log above says why (a broker disk over"
                + " broker.max.disk.usage holds every sender)", e.getMessage());
        assertEquals("bench jms: no output came back for 60 s with 5,899 of 6,000 messages still in flight: the gateway"
                + " stopped delivering, so there is no figure; its log above says why (a broker disk over"
                + " broker.max.disk.usage holds every sender)", ErrorText.of(e, java.util.List.of()));
    }
}
