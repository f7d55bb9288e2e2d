package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history as a zip (read in place) or as a folder of XML files without manifest, through replay, sap-report and timeline. */
class HistorySourceTest {

    static final Path HISTORY = ValidateCommandTest.SAMPLES.resolve("histories/sap-one-day-late");

    @TempDir
    Path tmp;

    @Test
    void aZipWithTheManifestAtItsRootOrInOneTopFolderReplaysAsTheFolderDoes() throws IOException {
        byte[] folder = replay(HISTORY, "folder");
        Path root = zip(HISTORY, "", tmp.resolve("root.zip"));
        Path top = zip(HISTORY, "sap-one-day-late/", tmp.resolve("top.zip"));
        assertArrayEquals(folder, replay(root, "root"));
        assertArrayEquals(folder, replay(top, "top"));
        try (var s = Files.list(tmp)) {
            assertEquals(5, s.count(), "two zips and three output folders: nothing was unpacked");
        }
        ValidateCommandTest.Run report = ValidateCommandTest.run("sap-report", top.toString(), "--format", "csv");
        assertEquals(0, report.code(), report.err());
        assertEquals(ValidateCommandTest.run("sap-report", HISTORY.toString(), "--format", "csv").out()
                .replace(HISTORY.toString(), top.toString()), report.out());
        ValidateCommandTest.Run timeline = ValidateCommandTest.run("timeline", root.toString(), "--toewijzing", "48210401");
        assertEquals(0, timeline.code(), timeline.err());
        assertEquals(ValidateCommandTest.run("timeline", HISTORY.toString(), "--toewijzing", "48210401").out()
                .replace(HISTORY.toString(), root.toString()), timeline.out());
        assertTrue(timeline.out().contains("48210401"), timeline.out());
    }

    @Test
    void aZipThatHoldsNoHistoryIsSaidInWords() throws IOException {
        Path two = tmp.resolve("two.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(two))) {
            for (String name : new String[] {"a/manifest.csv", "b/manifest.csv"}) {
                z.putNextEntry(new ZipEntry(name));
                z.write("receivedAt,file\n".getBytes());
            }
        }
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay", two.toString(), "--out", tmp.resolve("o1").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("holds 2 top folders (a, b) and no manifest.csv at its root"), r.err());

        Path none = tmp.resolve("none.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(none))) {
            z.putNextEntry(new ZipEntry("messages/jw301.xml"));
            z.write(Files.readAllBytes(ValidateCommandTest.SAMPLES.resolve("messages/jw301.xml")));
        }
        r = ValidateCommandTest.run("replay", none.toString(), "--out", tmp.resolve("o2").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("holds no manifest.csv (looked at its root and in messages)"), r.err());

        assertFalse(Files.exists(tmp.resolve("o1/report.json")) || Files.exists(tmp.resolve("o2/report.json")));
    }

    /** Not the library's "zip END header not found": what is wrong and what to do, from each command that takes a zip. */
    @Test
    void aDamagedZipIsSaidInWordsByEveryCommand() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.zip"), "not a zip");
        String words = broken + " is not a readable zip file (damaged or not a zip); zip the history folder again"
                + " (manifest.csv at its root or in one top folder), or give the folder itself";
        for (ValidateCommandTest.Run r : runEach(broken)) {
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains(words), r.err());
            assertFalse(r.err().contains("END header"), r.err());
        }
    }

    /** A zip that opens but holds a damaged message: the message named, not "invalid bit length repeat". */
    @Test
    void aDamagedMessageInAZipIsNamedInWordsByEveryCommand() throws IOException {
        Path zip = zip(HISTORY, "", tmp.resolve("damaged.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        String name = HISTORY.relativize(GenerateCommandTest.files(HISTORY).stream()
                .filter(f -> f.toString().endsWith(".xml")).findFirst().orElseThrow()).toString();
        int data = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(name) + name.length(); // the local header's name
        for (int i = data + 10; i < data + 40; i++) {
            bytes[i] ^= 0x55;
        }
        Files.write(zip, bytes);
        for (ValidateCommandTest.Run r : runEach(zip)) {
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().contains(name) && r.err().contains("in the history zip is damaged (its packed bytes cannot be"
                    + " unpacked); zip the history folder again, or give the folder itself"), r.err());
            assertFalse(r.err().contains("input/output error"), r.err());
        }
    }

    /** A manifest with its header only, or a folder without a single XML file: nothing to replay, exit 2, as sap-report had it. */
    @Test
    void aHistoryWithoutMessagesIsRefusedByEveryCommandInTheSameWords() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("m4"));
        Files.writeString(empty.resolve("manifest.csv"), "receivedAt,file\n");
        String words = empty + ": the manifest lists no messages (only its header line), so there is nothing to replay"
                + " or report; add a line receivedAt,file for each message, or give another history";
        for (ValidateCommandTest.Run r : runEach(empty)) {
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().contains(words), r.err());
            assertFalse(r.out().contains("replayed 0"), r.out());
        }
        Path noXml = Files.createDirectories(tmp.resolve("noxml/sub"));
        Files.writeString(noXml.resolve("notes.txt"), "x");
        for (ValidateCommandTest.Run r : runEach(noXml.getParent())) {
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().contains("holds no .xml file") || r.err().contains("holds no XML messages"), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("out/report.json")));
    }

    @Test
    void aManifestLineNamingAFolderSaysItIsAFolder() throws IOException {
        Path h = Files.createDirectories(tmp.resolve("h/messages"));
        Files.writeString(tmp.resolve("h/manifest.csv"), "receivedAt,file\n2026-01-12T10:00:00,messages\n");
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay", h.getParent().toString(), "--out",
                tmp.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("manifest.csv:2: 'messages' is a folder, where a message file is expected"), r.err());
        assertFalse(r.err().contains("not found"), r.err());
    }

    /** replay, sap-report and timeline on the same history. */
    private ValidateCommandTest.Run[] runEach(Path history) {
        return new ValidateCommandTest.Run[] {
            ValidateCommandTest.run("replay", history.toString(), "--out", tmp.resolve("out").toString()),
            ValidateCommandTest.run("sap-report", history.toString()),
            ValidateCommandTest.run("timeline", history.toString(), "--toewijzing", "48210336")};
    }

    @Test
    void aFolderWithoutManifestIsReceivedAtEachDagtekeningWithOneWarning() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        // Names in reverse story order: the receipt times, not the names, decide the order.
        String[] story = {"jw315", "jw316", "jw301", "jw302", "jw305", "jw306"};
        for (int i = 0; i < story.length; i++) {
            Files.copy(ValidateCommandTest.SAMPLES.resolve("messages/" + story[i] + ".xml"),
                    plain.resolve((char) ('z' - i) + "-" + story[i] + ".xml"));
        }
        Path out = tmp.resolve("out");
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay", plain.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("warning:")).count(), r.err());
        assertTrue(r.err().contains("receipt times of its 6 messages were derived from each message's Dagtekening"), r.err());
        assertTrue(r.out().startsWith("replayed 6 messages: 6 accepted, 0 rejected"), r.out());
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.copy(plain.resolve("z-jw315.xml"), one.resolve("jw315.xml"));
        ValidateCommandTest.Run single = ValidateCommandTest.run("replay", one.toString(), "--out", tmp.resolve("o1").toString());
        assertTrue(single.err().contains("receipt times of its 1 message were derived"), single.err());
        ValidateCommandTest.Run timeline = ValidateCommandTest.run("timeline", plain.toString(), "--toewijzing", "48210336");
        assertEquals(0, timeline.code(), timeline.err());
        assertTrue(timeline.err().contains("were derived from each message's Dagtekening"), timeline.err());
        assertTrue(timeline.out().contains("48210336"), timeline.out());
    }

    private byte[] replay(Path history, String name) throws IOException {
        Path out = tmp.resolve("out-" + name);
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay", history.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        return Files.readAllBytes(out.resolve("report.json"));
    }

    static Path zip(Path dir, String prefix, Path zip) throws IOException {
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
            for (Path f : GenerateCommandTest.files(dir)) {
                z.putNextEntry(new ZipEntry(prefix + dir.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
            }
        }
        return zip;
    }
}
