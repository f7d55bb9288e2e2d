package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import nl.ijw.gateway.engine.ThrowingRule;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.TechnicalRule;

class ReplayCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aWrongHtmlPathIsRefusedBeforeTheReplayAndWritesNothing() {
        Path out = tmp.resolve("out");
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay",
                ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory").toString(), "--out", out.toString(),
                "--html", tmp.resolve("no-such-folder/report.html").toString(), "--quiet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: Cannot write the report to --html "), r.err());
        assertTrue(r.err().contains("no-such-folder does not exist; create it first"), r.err());
        assertEquals("", r.out(), "nothing replayed");
        assertFalse(Files.exists(out), "no output folder left to refuse the next run");

        ValidateCommandTest.Run folder = ValidateCommandTest.run("replay",
                ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory").toString(), "--out", out.toString(),
                "--html", tmp.toString(), "--quiet");
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("is a folder where a file is expected"), folder.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theHtmlMayGoIntoTheOutputFolderTheReplayMakes() {
        Path out = tmp.resolve("out");
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay",
                ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory").toString(), "--out", out.toString(),
                "--html", out.resolve("compliance.html").toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("compliance.html")));
    }

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

    /**
     * A message the engine cannot decide (here: a rule with a defect, put in through the command's
     * rule-set seam) makes the replay complete with exit 3, its report counting it as failed.
     */
    @Test
    void aReplayWithAFailedMessageCompletesWithExitThree() throws IOException {
        Path history = Files.createDirectories(tmp.resolve("h/messages"));
        StringBuilder manifest = new StringBuilder("receivedAt,file\n");
        String[][] story = {{"jw315", "2026-01-12"}, {"jw316", "2026-01-13"}, {"jw301", "2026-01-16"},
                {"jw302", "2026-01-19"}, {"jw305", "2026-02-04"}};
        for (String[] m : story) {
            Files.copy(ValidateCommandTest.SAMPLES.resolve("messages/" + m[0] + ".xml"), history.resolve(m[0] + ".xml"));
            manifest.append(m[1]).append("T10:00:00,messages/").append(m[0]).append(".xml\n");
        }
        Files.writeString(tmp.resolve("h/manifest.csv"), manifest);
        ReplayCommand command = new ReplayCommand();
        command.ruleSet = config -> {
            List<TechnicalRule> rules = new ArrayList<>(RuleSet.standard(config).rules());
            rules.add(new ThrowingRule(m -> m.type() == MessageType.JW301)); // a defect on every JW301
            return new RuleSet(rules);
        };
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        Path dir = tmp.resolve("out");

        int code = cl.execute(tmp.resolve("h").toString(), "--out", dir.toString(), "--allocations-complete");

        assertEquals(3, code, out.toString());
        assertTrue(out.toString().startsWith("replayed 5 messages: 3 accepted, 1 rejected, 1 failed"), out.toString());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(1, report.get("failed").asInt());
        List<String> failed = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("kind").asText().equals("FAILED")) {
                failed.add(f.get("seq").asInt() + " " + f.get("rule").asText());
            }
        });
        assertEquals(List.of("3 SYSTEM"), failed);
        assertEquals(0, ValidateCommandTest.run("replay", tmp.resolve("h").toString(), "--out", tmp.resolve("o2").toString())
                .code(), "without the defect the same history replays with 0");
    }

    /** An --as-of before the first message is valid, but rarely meant: each command that replays says so. */
    @Test
    void anAsOfBeforeTheFirstMessageIsWarnedAbout() {
        String history = ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory").toString();
        String warning = "warning: --as-of Monday 1 January 2024 23:59:59 (+01:00) lies before the first message of the"
                + " history (received ";
        ValidateCommandTest.Run replay = ValidateCommandTest.run("replay", history, "--out", tmp.resolve("o").toString(),
                "--as-of", "2024-01-01");
        assertEquals(0, replay.code(), replay.err());
        assertTrue(replay.err().contains(warning), replay.err());
        assertTrue(replay.out().startsWith("replayed 0 messages"), replay.out());
        ValidateCommandTest.Run report = ValidateCommandTest.run("sap-report", history, "--as-of", "2024-01-01");
        assertTrue(report.err().contains(warning), report.err());
        ValidateCommandTest.Run asOfLater = ValidateCommandTest.run("replay", history, "--out", tmp.resolve("o2").toString(),
                "--as-of", "2026-12-31");
        assertFalse(asOfLater.err().contains("warning"), asOfLater.err());
    }

    @Test
    void theHelpExplainsExitThree() {
        String help = new CommandLine(new ReplayCommand()).getUsageMessage();
        assertTrue(help.contains("3   completed with system failures"), help);
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
