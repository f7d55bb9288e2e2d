package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --json}: each layer once, in order, and every object's keys in the documented order. */
class ValidateJsonTest {

    @TempDir
    Path tmp;

    private static String layers(String line) {
        int from = line.indexOf("\"layers\":");
        return line.substring(from, line.indexOf("]", from) + 1);
    }

    @Test
    void aFailedInputLayerIsListedOnceAndTheRestSkipped() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.xml"));
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--json", empty.toString());
        assertEquals(1, r.code());
        assertEquals("\"layers\":[{\"layer\":\"INPUT\",\"status\":\"FAILED\"},{\"layer\":\"PARSE\",\"status\":\"SKIPPED\"},"
                + "{\"layer\":\"IDENTIFY\",\"status\":\"SKIPPED\"},{\"layer\":\"SCHEMA\",\"status\":\"SKIPPED\"}]", layers(r.out()));
    }

    @Test
    void keysComeInTheDocumentedOrder() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--json",
                ValidateCommandTest.SAMPLES.resolve("messages/jw305.xml").toString(),
                ValidateCommandTest.SAMPLES.resolve("invalid/jw305-bsn-8-digits.xml").toString());
        String valid = r.lines().get(0);
        assertTrue(valid.matches("\\{\"file\":.*,\"valid\":true,\"type\":\"JW305\",\"release\":\"3.2\",\"size\":\\d+,"
                + "\"schemaVersion\":.*,\"layers\":\\[.*],\"findings\":\\[]}"), valid);
        assertEquals("\"layers\":[{\"layer\":\"INPUT\",\"status\":\"PASSED\"},{\"layer\":\"PARSE\",\"status\":\"PASSED\"},"
                + "{\"layer\":\"IDENTIFY\",\"status\":\"PASSED\"},{\"layer\":\"SCHEMA\",\"status\":\"PASSED\"}]", layers(valid));
        String invalid = r.lines().get(1);
        assertTrue(invalid.matches(".*\"findings\":\\[\\{\"rule\":\"SCHEMA\",\"severity\":\"ERROR\",\"layer\":\"SCHEMA\","
                + "\"line\":\\d+,\"column\":\\d+,\"path\":\"[^\"]+\",\"retourCode\":\"0001\",\"message\":\"[^\"]+\"}.*"), invalid);
    }
}
