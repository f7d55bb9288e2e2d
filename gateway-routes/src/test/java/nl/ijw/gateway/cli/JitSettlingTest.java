package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitSettlingTest {

    private static final long S = 1_000_000_000L;

    @Test
    void notSettledBeforeAWholeWindowHasPassed() {
        JitSettling jit = new JitSettling(15 * S, 0.10);
        assertFalse(jit.settled(0, 0));
        assertFalse(jit.settled(14 * S, 0), "no compiling, but only 14 of 15 s seen");
        assertTrue(jit.settled(15 * S, 0));
    }

    @Test
    void aBusyJitKeepsItUnsettledUntilItQuietens() {
        JitSettling jit = new JitSettling(15 * S, 0.10);
        long compiled = 0;
        for (int s = 0; s <= 60; s++) { // a core's worth of compiling for a minute
            assertFalse(jit.settled(s * S, compiled += 1000), "second " + s);
        }
        for (int s = 61; s < 75; s++) { // then 50 ms a second: 5%, but the busy seconds are still in the window
            assertFalse(jit.settled(s * S, compiled += 50), "second " + s);
        }
        assertTrue(jit.settled(76 * S, compiled += 50));
        assertEquals(0.7 / 15, jit.lastShare(), 1e-9, "700 ms compiled from second 61 to 76");
    }

    @Test
    void theShareIsAStrictBound() {
        JitSettling jit = new JitSettling(10 * S, 0.10);
        jit.settled(0, 0);
        assertFalse(jit.settled(10 * S, 1000), "1 s of compiling in 10 s is 10%, not under it");
        assertTrue(jit.settled(20 * S, 1999));
    }

    @Test
    void samplesCloserThanAFifteenthOfTheWindowRepeatTheLastAnswer() {
        JitSettling jit = new JitSettling(15 * S, 0.10);
        jit.settled(0, 0);
        assertTrue(jit.settled(15 * S, 0));
        assertTrue(jit.settled(15 * S + S / 2, 100_000), "half a second later: not a new sample");
        assertFalse(jit.settled(16 * S, 100_000), "a second later: counted");
    }

    @Test
    void refusesAWindowOrShareOfNothing() {
        assertThrows(IllegalArgumentException.class, () -> new JitSettling(0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new JitSettling(S, 0));
    }
}
