package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Wrong values and stray arguments are refused (exit 2) in the user's words, before anything
 * runs: no "is not an int", no "Unmatched argument at index 1".
 */
class UsageWordsTest {

    private static String refused(String expected, String... args) {
        ValidateCommandTest.Run r = ValidateCommandTest.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(expected), "'" + expected + "' missing in: " + r.err());
        assertFalse(r.err().matches("(?s).*\\b(int|long|double)\\b.*"), "Java's type name in: " + r.err());
        assertEquals("", r.out(), "nothing ran");
        return r.err();
    }

    @Test
    void aNumberOptionSaysWhatANumberIs() {
        refused("Invalid value for option '--timeout': 'abc' is not a whole number", "send", "--timeout", "abc", "x.xml");
        refused("'abc' is not a whole number", "generate", "--seed", "abc", "--out", "target/never");
        refused("'0,5' is not a number (with a decimal point: 0.5)", "generate", "--late-rate", "0,5", "--out", "target/never");
    }

    @Test
    void aStrayArgumentSaysWhatWasExpected() {
        String err = refused("'foo' is not a command of 'ijw-gateway bench'; its commands are ", "bench", "foo");
        assertTrue(err.contains("replay") && err.contains("jms"), err);
        refused("'extra' is one argument too many: 'ijw-gateway status' takes no further argument", "status", "extra");
    }

    @Test
    void aTimeoutOfLessThanASecondIsRefusedBeforeAnythingIsSent() {
        refused("--timeout must be at least 1 second, not -1", "send", "--timeout", "-1", "../samples/messages/jw315.xml");
        refused("--timeout must be at least 1 second, not 0", "send", "--timeout", "0", "--wait", "../samples/messages/jw315.xml");
    }

    @Test
    void aSettingWithoutEqualsSignSaysTheForm() {
        refused("-D takes key=value, such as -D http.port=8081, not 'http.port'", "status", "-D", "http.port");
    }

    @Test
    void aNegativeWarmUpIsRefused() {
        refused("--warmup must be at least 0, not -1", "bench", "replay", "--warmup", "-1");
    }
}
