package nl.ijw.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The elfproef, and the check digit that those who make BSNs (test traffic, pseudonyms) take from it. */
class BsnTest {

    @Test
    void theCheckRemainderIsTheNinthDigitThatPasses() {
        // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 = 69, and 69 mod 11 = 3
        assertEquals(3, Bsn.checkRemainder("11122233"));
        assertTrue(Bsn.of("111222333").passesElfproef());
        for (int d = 0; d <= 9; d++) {
            assertEquals(d == 3, Bsn.of("11122233" + d).passesElfproef(), "ninth digit " + d);
        }
    }

    @Test
    void eightDigitsWithRemainderTenHaveNoValidBsn() {
        // 9·1 + 2·6 = 21, and 21 mod 11 = 10: no ninth digit makes it pass
        assertEquals(10, Bsn.checkRemainder("10000006"));
        for (int d = 0; d <= 9; d++) {
            assertFalse(Bsn.of("10000006" + d).passesElfproef(), "ninth digit " + d);
        }
    }

    @Test
    void notNineDigitsOrAllZerosFails() {
        assertFalse(Bsn.of("12345678").passesElfproef());
        assertFalse(Bsn.of("12345678a").passesElfproef());
        assertFalse(Bsn.of("000000000").passesElfproef());
    }
}
