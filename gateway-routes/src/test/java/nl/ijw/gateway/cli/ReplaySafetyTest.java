package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay} never loses a file it did not write, never runs the engine's clock backwards and
 * refuses a message that is not UTF-8: each with a clear text and exit code 2 (or a finding).
 */
class ReplaySafetyTest {

    static final Path CLEAN = ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory");

    @TempDir
    Path tmp;

    static ValidateCommandTest.Run replay(String... args) {
        List<String> all = new ArrayList<>(List.of("replay"));
        all.addAll(List.of(args));
        return ValidateCommandTest.run(all.toArray(String[]::new));
    }

    /** A copy of the clean trajectory that a test may change. */
    private Path history() throws IOException {
        Path h = tmp.resolve("history");
        try (Stream<Path> s = Files.walk(CLEAN)) {
            for (Path p : s.toList()) {
                Path target = h.resolve(CLEAN.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return h;
    }

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            // H2's own trace file (it appeared now and then on a loaded machine) is no replay output.
            return s.map(p -> dir.relativize(p).toString()).filter(f -> !f.endsWith(".trace.db")).sorted().toList();
        }
    }

    @Test
    void aFileUnderRetoursIsNeverDeleted() throws IOException {
        Path out = tmp.resolve("out");
        Path mine = Files.createDirectories(out.resolve("retours")).resolve("notes.txt");
        Files.writeString(mine, "my notes");

        ValidateCommandTest.Run plain = replay(CLEAN.toString(), "--out", out.toString());
        assertEquals(2, plain.code(), plain.out());
        assertTrue(plain.err().contains("is not empty (retours)"), plain.err());
        assertTrue(plain.err().contains("--force"), plain.err());

        ValidateCommandTest.Run forced = replay(CLEAN.toString(), "--out", out.toString(), "--force");
        assertEquals(2, forced.code(), forced.out());
        assertTrue(forced.err().contains("holds what no replay writes (retours/notes.txt)"), forced.err());
        assertTrue(forced.err().contains("nothing was removed"), forced.err());
        assertEquals("my notes", Files.readString(mine));
        assertFalse(forced.err().contains("Exception"), forced.err());
    }

    @Test
    void forceReplacesAnEarlierReplaysOutputAndOnlyThat() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, replay(CLEAN.toString(), "--out", out.toString()).code());
        byte[] first = Files.readAllBytes(out.resolve("report.json"));
        List<String> files = tree(out);

        ValidateCommandTest.Run again = replay(CLEAN.toString(), "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("is not empty (db, report.json, retours)"), again.err());
        assertEquals(files, tree(out), "a refused replay changes nothing");

        ValidateCommandTest.Run forced = replay(CLEAN.toString(), "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(out.resolve("report.json")));
        assertEquals(files, tree(out));

        Files.writeString(out.resolve("README.txt"), "mine");
        ValidateCommandTest.Run foreign = replay(CLEAN.toString(), "--out", out.toString(), "--force");
        assertEquals(2, foreign.code());
        assertTrue(foreign.err().contains("(README.txt)"), foreign.err());
        assertTrue(Files.exists(out.resolve("report.json")), "nothing removed when anything is foreign");
    }

    @Test
    void anOutputFolderOverlappingTheHistoryIsRefused() throws IOException {
        Path history = history();
        List<String> before = tree(history);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), history);
        for (Path out : List.of(history, history.resolve("out"), history.resolve("messages"), link,
                link.resolve("new/deeper"), tmp, history.resolve("messages/../."))) {
            for (boolean force : new boolean[] {false, true}) {
                ValidateCommandTest.Run r = force ? replay(history.toString(), "--out", out.toString(), "--force")
                        : replay(history.toString(), "--out", out.toString());
                assertEquals(2, r.code(), out + ": " + r.out());
                assertTrue(r.err().matches("(?s)error: Output folder .* (is the history folder|lies inside the history"
                        + " folder|holds the history folder) .*"), r.err());
                assertEquals(before, tree(history), "history untouched by --out " + out);
            }
        }
    }

    @Test
    void aSecondReplayIntoARunningOnesFolderIsRefused() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, replay(CLEAN.toString(), "--out", out.toString()).code());
        List<String> files = tree(out);
        // Another process holds the lock, as a running replay does.
        Path holder = Files.writeString(tmp.resolve("HoldLock.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class HoldLock {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                             var lock = c.lock()) {
                            System.out.println("locked");
                            System.in.read();
                        }
                    }
                }
                """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), holder.toString(), out.resolve(".replay.lock").toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", r.readLine());
            ValidateCommandTest.Run second = replay(CLEAN.toString(), "--out", out.toString(), "--force");
            assertEquals(2, second.code(), second.out());
            assertTrue(second.err().contains("is in use by another replay that is still running"), second.err());
            assertEquals(files, tree(out), "the running replay's files are untouched");
        } finally {
            p.getOutputStream().close();
            p.waitFor();
        }
        assertEquals(0, replay(CLEAN.toString(), "--out", out.toString(), "--force").code(), "free again");
    }

    @Test
    void receiptTimesMustNotDecreaseUnlessSorted() throws IOException {
        Path history = history();
        Path manifest = history.resolve("manifest.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest));
        String fourth = lines.remove(4); // jw302, 19 January, now after the start of 4 February
        lines.add(5, fourth);
        lines.add(2, lines.get(1).split(",")[0] + ",messages/jw316.xml"); // equal times are fine
        lines.remove(3);
        Files.write(manifest, lines);

        ValidateCommandTest.Run r = replay(history.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("manifest.csv:6: received at Monday 19 January 2026 10:00:00 (+01:00), earlier"
                + " than line 5 (Wednesday 4 February 2026 10:00:00 (+01:00)); receipt times must not decrease"), r.err());
        assertTrue(r.err().contains("--sort"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");

        Path sorted = tmp.resolve("sorted");
        ValidateCommandTest.Run s = replay(history.toString(), "--out", sorted.toString(), "--sort");
        assertEquals(0, s.code(), s.err());
        Path reference = tmp.resolve("reference");
        assertEquals(0, replay(CLEAN.toString(), "--out", reference.toString()).code());
        assertEquals(Files.readString(reference.resolve("report.json")), Files.readString(sorted.resolve("report.json")));
        assertEquals(tree(reference), tree(sorted), "retours numbered in receipt order");
    }

    @Test
    void aUtf16MessageIsRejectedWithEncoding() throws IOException {
        Path history = history();
        Path jw305 = history.resolve("messages/jw305.xml");
        String xml = Files.readString(jw305).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        Files.write(jw305, xml.getBytes(StandardCharsets.UTF_16BE)); // no byte order mark

        Path out = tmp.resolve("out");
        ValidateCommandTest.Run r = replay(history.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        // The start is rejected, and so the stop that follows it (TR382: no start to stop).
        assertEquals(12, report.get("accepted").asInt());
        JsonNode f = null;
        for (JsonNode n : report.get("findings")) {
            if (n.get("seq").asInt() == 5) {
                assertTrue(f == null, "one finding for the start: " + report.get("findings"));
                f = n;
            }
        }
        assertEquals("ENCODING", f.get("rule").asText());
        assertEquals("REJECTED", f.get("kind").asText());
        assertTrue(f.get("text").asText().contains("UTF-16 big-endian"), f.toString());

        ValidateCommandTest.Run v = ValidateCommandTest.run("validate", jw305.toString());
        assertEquals(1, v.code());
        assertTrue(v.out().startsWith("INVALID " + jw305 + ": 1:0 ENCODING File is in UTF-16 big-endian"), v.out());
    }
}
