package nl.ijw.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.testing.MovingClock;

/** Five failures make a name wait five minutes; the wait ends by itself; a success clears the count. */
class LoginThrottleTest {

    @Test
    void theSixthAttemptWaits() {
        MovingClock clock = new MovingClock(Instant.parse("2026-03-12T09:00:00Z"));
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            t.failed("Zorg-A");
            assertEquals(Duration.ZERO, t.waitFor("zorg-a"), "after " + (i + 1) + " failures");
        }
        t.failed("zorg-a");
        assertEquals(LoginThrottle.WAIT, t.waitFor("zorg-a"), "the fifth failure locks, names compared without case");
        assertEquals(Duration.ZERO, t.waitFor("other"), "another name is not affected");
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertEquals(Duration.ofMinutes(1), t.waitFor("zorg-a"));
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertEquals(Duration.ZERO, t.waitFor("zorg-a"), "the wait ends by itself");
        t.failed("zorg-a");
        assertEquals(Duration.ZERO, t.waitFor("zorg-a"), "after the wait the count starts again");
        t.succeeded("zorg-a");
        for (int i = 0; i < 4; i++) {
            t.failed("zorg-a");
        }
        assertTrue(t.waitFor("zorg-a").isZero(), "a success cleared the earlier failure");
    }
}
