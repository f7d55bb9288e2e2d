package nl.ijw.gateway.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        RulesConfig config = RulesConfig.defaults();
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
        List<String> actual = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            actual.add(f.get("seq").asInt() + "," + f.get("file").asText() + "," + f.get("rule").asText() + ","
                    + f.get("retourCode").asText());
        }
        List<String> expected = Files.readAllLines(history.resolve("expected-findings.csv")).stream().skip(1)
                .filter(l -> !l.isBlank()).toList();
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), history.getFileName().toString());
        long rejectedMessages = actual.stream().map(a -> a.split(",")[0]).distinct().count();
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
        // Replaying into the same folder again replaces the earlier output rather than adding to it.
        new Replay(core).run(history, tmp.resolve("a"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/report.json")), Files.readAllBytes(tmp.resolve("b/report.json")));
    }

    static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples/histories"))) {
                return p.resolve("samples/histories");
            }
        }
        throw new IllegalStateException("samples/histories not found");
    }
}
