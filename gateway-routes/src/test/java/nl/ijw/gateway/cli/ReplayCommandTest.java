package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    @TempDir
    Path tmp;

    @Test
    void replaysAHistoryAndPrintsASummary() throws IOException {
        Path out = tmp.resolve("out");
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay",
                ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory").toString(), "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("replayed 14 messages: 14 accepted, 0 rejected"), r.out());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(14, report.get("messages").asInt());
        assertEquals(0, report.get("findings").size());
        try (var files = Files.list(out.resolve("retours"))) {
            assertEquals(report.get("answers").asInt(), files.count());
        }
    }

    @Test
    void aBrokenManifestIsAClearErrorWithExitTwo() throws IOException {
        Path history = Files.createDirectories(tmp.resolve("h"));
        ValidateCommandTest.Run missing = ValidateCommandTest.run("replay", history.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("manifest.csv: not found"), missing.err());

        Files.writeString(history.resolve("manifest.csv"), "receivedAt,file\nyesterday,messages/x.xml\n");
        Files.createDirectories(history.resolve("messages"));
        Files.writeString(history.resolve("messages/x.xml"), "<x/>");
        ValidateCommandTest.Run badTime = ValidateCommandTest.run("replay", history.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, badTime.code());
        assertTrue(badTime.err().contains("manifest.csv:2: receivedAt 'yesterday'"), badTime.err());

        assertEquals(2, ValidateCommandTest.run("replay", history.toString()).code(), "--out is required");
    }
}
