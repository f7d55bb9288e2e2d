package nl.ijw.gateway.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.validation.MessageValidator;
import nl.ijw.gateway.validation.ValidationReport;

/** Every sample history replays to its expected findings, deterministically, with valid retours. */
class HistoryReplayTest {

    static final Path HISTORIES = locate();
    static GatewayCore core;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        // Every sample history begins before its first JW301: the store holds every allocation they name.
        RulesConfig config = RulesConfig.defaults().withAllocationsComplete(true);
        core = new GatewayCore(MessageValidator.standard(), RuleSet.standard(config), config, RetourResponder.standard());
    }

    static List<Path> histories() throws IOException {
        try (Stream<Path> s = Files.list(HISTORIES)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("manifest.csv"))).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("histories")
    void replaysToItsExpectedFindings(Path history) throws IOException {
        Path out = tmp.resolve("out");
        new Replay(core).run(history, out);

        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        List<String> lines = Files.readAllLines(history.resolve("expected-findings.csv"));
        // Older files have no kind column and list the rejections only.
        boolean withSap = lines.get(0).contains(",kind");
        boolean withOverdueSince = lines.get(0).contains(",overdueSince");
        List<String> actual = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            String kind = f.get("kind").asText();
            String line = f.get("seq").asInt() + "," + f.get("file").asText() + "," + f.get("rule").asText() + ","
                    + (f.get("retourCode").isNull() ? "" : f.get("retourCode").asText());
            if (kind.equals("REJECTED")) {
                rejected.add(line);
            }
            if (withSap) {
                line += "," + kind + "," + (f.has("due") ? f.get("due").asText() + "," + f.get("workingDaysLate").asInt() : ",");
                if (withOverdueSince) {
                    line += "," + (f.has("overdueSince") ? f.get("overdueSince").asText() : "");
                }
            } else if (!kind.equals("REJECTED")) {
                continue;
            }
            actual.add(line);
        }
        List<String> expected = lines.stream().skip(1).filter(l -> !l.isBlank()).toList();
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), history.getFileName().toString());
        long rejectedMessages = rejected.stream().map(a -> a.split(",")[0]).distinct().count();
        assertEquals(rejectedMessages, report.get("rejected").asLong());
    }

    @ParameterizedTest
    @MethodSource("histories")
    void everyAnswerValidatesAsItsType(Path history) throws IOException {
        Path out = tmp.resolve("out");
        new Replay(core).run(history, out);
        MessageValidator validator = core.validator();
        try (Stream<Path> s = Files.list(out.resolve("retours"))) {
            for (Path p : s.toList()) {
                ValidationReport r = validator.validate(p);
                assertTrue(r.isValid(), p + ": " + r.findings());
                MessageType t = r.messageKind().orElseThrow().type();
                assertTrue(t.isRetour() || t == MessageType.JW325, p + " is " + t);
            }
        }
    }

    /**
     * The manifest is read again as the replay goes (by a thread of its own when there are
     * preparers): one edited after its check is refused, whichever way, and no report is written.
     */
    /**
     * Without the word that the store holds every allocation (the default), the start on an allocation
     * the history never names is accepted, and the report and its summary say the rule was not judged.
     */
    @Test
    void aRuleNotJudgedIsInTheReportAndItsSummary() throws IOException {
        Path out = tmp.resolve("out");
        ReplayReport r = new Replay(GatewayCore.standard()).run(HISTORIES.resolve("rule-violations"), out);

        List<JsonNode> notJudged = new ArrayList<>();
        new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("findings").forEach(f -> {
            if (f.get("kind").asText().equals(Replay.NOT_JUDGED)) {
                notJudged.add(f);
            }
        });
        assertEquals(1, notJudged.size(), notJudged.toString());
        JsonNode f = notJudged.get(0);
        assertEquals("TR019", f.get("rule").asText());
        assertEquals("messages/03-jw305-unknown-allocation.xml", f.get("file").asText());
        assertTrue(f.get("retourCode").isNull(), "no retourcode: nothing was rejected");
        assertTrue(f.get("text").asText().contains("not judged"), f.get("text").asText());
        assertTrue(r.summary().contains("(1 of them a rule not judged"), r.summary());
    }

    @Test
    void aManifestEditedAfterItsCheckStopsTheReplay() throws IOException {
        Path history = tmp.resolve("edited");
        Path messages = Files.createDirectories(history.resolve("messages"));
        for (String m : List.of("jw315", "jw316")) {
            Files.copy(HISTORIES.resolveSibling("messages").resolve(m + ".xml"), messages.resolve(m + ".xml"));
        }
        String first = "receivedAt,file\n2026-01-12T10:00:00,messages/jw315.xml\n";
        Files.writeString(history.resolve("manifest.csv"), first + "2026-01-13T10:00:00,messages/jw316.xml\n");
        Manifest manifest = Manifest.read(history);
        Files.writeString(history.resolve("manifest.csv"), first); // a line fewer since the check
        for (Replay.Tuning tuning : List.of(Replay.Tuning.DEFAULT, Replay.Tuning.singleThreaded())) {
            Path out = tmp.resolve("edited-out-" + tuning.threads());
            Manifest.ManifestException e = assertThrows(Manifest.ManifestException.class,
                    () -> new Replay(core, tuning).run(manifest, out, null, false));
            assertTrue(e.getMessage().endsWith("manifest.csv: changed while it was being read; replay again"), e.getMessage());
            assertFalse(Files.exists(out.resolve("report.json")), "no report from half a history");
        }
    }

    @Test
    void theSameHistoryGivesAByteIdenticalReportAndRetours() throws IOException {
        Path history = HISTORIES.resolve("rule-violations");
        new Replay(core).run(history, tmp.resolve("a"));
        new Replay(core).run(history, tmp.resolve("b"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/report.json")), Files.readAllBytes(tmp.resolve("b/report.json")));
        try (Stream<Path> s = Files.list(tmp.resolve("a/retours"))) {
            for (Path p : s.toList()) {
                assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(tmp.resolve("b/retours").resolve(p.getFileName())));
            }
        }
        // Replaying into the same folder again (forced) replaces the earlier output rather than adding to it.
        new Replay(core).run(Manifest.read(history), tmp.resolve("a"), null, true);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/report.json")), Files.readAllBytes(tmp.resolve("b/report.json")));
    }

    @Test
    void asOfRunsTheWatchToThatDayAndPutsOverdueOnTheWaitingMessage() throws IOException {
        Path out = tmp.resolve("as-of");
        // The allocation ends Friday 31 July 2026; its running start's stop was due Friday 7 August.
        ReplayReport r = new Replay(core).run(HISTORIES.resolve("rule-violations"), out, Manifest.parseAsOf("2026-08-10"));
        List<ReplayFinding> stops = r.findings().stream().filter(f -> f.rule().equals("OP272")).toList();
        assertEquals(1, stops.size(), stops.toString());
        ReplayFinding f = stops.get(0);
        assertEquals("OVERDUE", f.kind());
        assertEquals(4, f.seq());
        assertEquals("messages/04-jw305-start.xml", f.file());
        assertEquals("JW305", f.messageType());
        assertEquals("AB2600102", f.messageId(), "the start whose stop is missing");
        assertEquals("2026-08-07", f.due());
        assertEquals(1, f.workingDaysLate());
        assertTrue(f.toewijzingNummer() != null);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        boolean found = false;
        for (JsonNode n : json.get("findings")) {
            if (n.get("rule").asText().equals("OP272")) {
                found = n.has("actual") && n.get("actual").isNull() && n.get("due").asText().equals("2026-08-07");
            }
        }
        assertTrue(found, "report.json carries due and a null actual");
    }

    static Path locate() {
        return nl.ijw.gateway.testing.Samples.histories();
    }
}
