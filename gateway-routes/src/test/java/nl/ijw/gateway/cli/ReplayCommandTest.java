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

    @Test
    void sapSettingsDriveTheReplaysDeadlines() throws IOException {
        String history = ValidateCommandTest.SAMPLES.resolve("histories/sap-on-time").toString();
        Path out = tmp.resolve("as-sent");
        assertEquals(0, ValidateCommandTest.run("replay", history, "--out", out.toString()).code());
        assertEquals(0, new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("findings").size(),
                "every deadline met on its due date");

        // Easter Monday a working day: what was due just after Easter now comes a day late.
        Path calendar = Files.writeString(tmp.resolve("calendar.txt"), "-2026-04-06\n");
        Path sap = Files.writeString(tmp.resolve("sap.properties"), "sap.OP274.enabled=false\n");
        Path shifted = tmp.resolve("shifted");
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay", history, "--out", shifted.toString(),
                "--calendar", calendar.toString(), "--sap-config", sap.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode findings = new ObjectMapper().readTree(shifted.resolve("report.json").toFile()).get("findings");
        java.util.List<String> late = new java.util.ArrayList<>();
        findings.forEach(f -> late.add(f.get("rule").asText() + " " + f.get("kind").asText() + " "
                + f.get("workingDaysLate").asInt()));
        assertTrue(late.contains("OP090 LATE 1"), late.toString());
        assertTrue(late.stream().noneMatch(l -> l.startsWith("OP274")), "OP274 switched off: " + late);
    }
}
