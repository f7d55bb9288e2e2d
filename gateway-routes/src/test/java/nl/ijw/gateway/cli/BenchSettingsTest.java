package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Benchmarks refuse settings that cannot give a figure, naming the option, before running anything. */
class BenchSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bench validate --rounds 0|--rounds must be an even number of at least 2, not 0",
            "bench validate --rounds 1|--rounds must be an even number of at least 2, not 1",
            "bench validate --rounds 3|--rounds must be an even number of at least 2, not 3",
            "bench validate --threads 0|--threads must be at least 1, not 0",
            "bench validate --seconds 0|--seconds must be more than 0 seconds",
            "bench validate --seconds -5|--seconds must be more than 0 seconds",
            "bench validate --warmup -1|--warmup must be 0 seconds or more",
            "bench validate --files 0|--files must be at least 1, not 0",
            "bench validate --files 10 --rounds 5|--rounds must be an even number",
            "bench process --messages 0|--messages must be at least 1, not 0",
            "bench process --preparers 0|--preparers must be at least 1, not 0",
            "bench process --group 0|--group must be at least 1, not 0",
            "bench process --providers 0|--providers must be at least 1, not 0",
            "bench replay --messages 0|--messages must be at least 1, not 0",
            "bench replay --rounds 3|--rounds must be an even number of at least 2, not 3",
            "bench replay --rounds -2|--rounds must be an even number of at least 2, not -2",
            "bench jms --seconds 0|--seconds must be more than 0 seconds",
            "bench jms --warmup -1|--warmup must be 0 seconds or more",
            "bench jms --messages 0|--messages must be at least 1, not 0",
            "bench jms --batch 0|--batch must be at least 1, not 0",
            "bench jms --consumers 0|--consumers must be at least 1, not 0",
            "bench jms --in-flight 0|--in-flight must be at least 1, not 0",
            "bench jms --files -1|--files must be at least 0, not -1"})
    @Timeout(60) // unchecked, these settings start a real benchmark (or loop for ever with --group 0)
    void refusedWithTheOptionNamed(String command, String expected) {
        ValidateCommandTest.Run r = ValidateCommandTest.run(command.split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("error: " + expected), r.err());
        assertEquals("", r.out(), "nothing measured, nothing printed");
        assertFalse(r.err().contains("NaN"), r.err());
    }
}
