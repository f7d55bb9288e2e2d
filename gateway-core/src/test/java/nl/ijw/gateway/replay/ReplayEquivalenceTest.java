package nl.ijw.gateway.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.traffic.StoryTraffic;
import nl.ijw.gateway.validation.MessageValidator;

/**
 * Preparer threads and group commit change nothing: every history replays to the same report.json
 * and the same retours, byte for byte, as one message at a time with the watch before each.
 */
class ReplayEquivalenceTest {

    static GatewayCore core;

    @TempDir
    static Path generated;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() throws IOException {
        core = GatewayCore.standard();
        writeHistory(generated, 3_000);
    }

    static List<Path> histories() throws IOException {
        return HistoryReplayTest.histories();
    }

    @ParameterizedTest
    @MethodSource("histories")
    void sampleHistoryGivesTheSameBytesGrouped(Path history) throws IOException {
        assertSameOutput(history, new Replay.Tuning(2, 64, Replay.Progress.NONE));
        assertSameOutput(history, new Replay.Tuning(3, 2, Replay.Progress.NONE));
    }

    @Test
    void generatedHistoryGivesTheSameBytesGrouped() throws IOException {
        List<long[]> progress = new ArrayList<>();
        Replay.Tuning tuning = new Replay.Tuning(2, 64, (done, total) -> progress.add(new long[] {done, total}));
        ReplayReport r = assertSameOutput(generated, tuning);
        assertEquals(3_000, r.messages());
        assertTrue(r.answers() > 1_000, "a generated story has its retours: " + r.answers());
        long[] last = progress.get(progress.size() - 1);
        assertArrayEquals(new long[] {3_000, 3_000}, last);
        assertTrue(progress.size() < 3_000, "the writer commits in groups: " + progress.size() + " commits");
    }

    @Test
    void asOfGivesTheSameBytesGrouped() throws IOException {
        Path history = HistoryReplayTest.HISTORIES.resolve("sap-overdue-and-retroactive");
        Replay single = new Replay(core, Replay.Tuning.singleThreaded());
        Replay grouped = new Replay(core, new Replay.Tuning(2, 64, Replay.Progress.NONE));
        var asOf = Manifest.parseAsOf("2026-12-24");
        single.run(Manifest.read(history), tmp.resolve("one"), asOf, false);
        grouped.run(Manifest.read(history), tmp.resolve("grouped"), asOf, false);
        assertSameFiles(tmp.resolve("one"), tmp.resolve("grouped"));
    }

    /**
     * A start received long after its allocation's Einddatum leaves a stop deadline already past
     * due; the stop comes the same day. One by one, the watch reports it overdue in between, so
     * the stop's LATE says overdueSince: the group must end after the start for the same report.
     */
    @Test
    void aDeadlinePastDueOnArrivalEndsTheGroup() throws IOException {
        Path source = HistoryReplayTest.HISTORIES.resolve("sap-one-day-late/messages");
        Path history = Files.createDirectories(tmp.resolve("late-start/messages")).getParent();
        for (String f : List.of("01-jw315-vot.xml", "03-jw301-allocation.xml", "05-jw305-start.xml", "13-jw307-stop.xml")) {
            Files.copy(source.resolve(f), history.resolve("messages/" + f));
        }
        Files.writeString(history.resolve("manifest.csv"), "receivedAt,file\n"
                + "2026-04-01T10:00:00,messages/01-jw315-vot.xml\n"
                + "2026-04-13T10:00:00,messages/03-jw301-allocation.xml\n"
                + "2027-02-01T10:00:00,messages/05-jw305-start.xml\n"
                + "2027-02-01T10:00:01,messages/13-jw307-stop.xml\n");
        String report = null;
        for (int round = 0; round < 3; round++) { // the stop is usually ready when the start is committed
            assertSameOutput(history, new Replay.Tuning(2, 64, Replay.Progress.NONE));
            report = Files.readString(tmp.resolve("grouped-2-64/report.json"));
            deleteTree(tmp.resolve("one-2-64"));
            deleteTree(tmp.resolve("grouped-2-64"));
        }
        assertTrue(report.matches("(?s).*\"rule\" *: *\"OP272\".*\"overdueSince\" *: *\"2027-02-01\".*"), report);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private ReplayReport assertSameOutput(Path history, Replay.Tuning tuning) throws IOException {
        Path one = tmp.resolve("one-" + tuning.threads() + "-" + tuning.group());
        Path grouped = tmp.resolve("grouped-" + tuning.threads() + "-" + tuning.group());
        new Replay(core, Replay.Tuning.singleThreaded()).run(history, one);
        ReplayReport r = new Replay(core, tuning).run(history, grouped);
        assertSameFiles(one, grouped);
        return r;
    }

    private static void assertSameFiles(Path one, Path grouped) throws IOException {
        assertArrayEquals(Files.readAllBytes(one.resolve("report.json")), Files.readAllBytes(grouped.resolve("report.json")),
                "report.json");
        List<Path> a = retours(one);
        List<Path> b = retours(grouped);
        assertEquals(a.stream().map(Path::getFileName).toList(), b.stream().map(Path::getFileName).toList(), "retour names");
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName().toString());
        }
    }

    private static List<Path> retours(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve("retours"))) {
            return s.sorted().toList();
        }
    }

    /** The story told for many clients as a history folder: messages/ and manifest.csv in receipt order. */
    static void writeHistory(Path history, int messages) throws IOException {
        Path files = Files.createDirectories(history.resolve("messages"));
        try (BufferedWriter manifest = Files.newBufferedWriter(history.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
            manifest.write("receivedAt,file\n");
            for (StoryTraffic.Message m : new StoryTraffic(20).generate(messages)) {
                Files.write(files.resolve(m.name()), m.xml());
                manifest.write(m.receivedAt() + ",messages/" + m.name() + "\n");
            }
        }
    }
}
