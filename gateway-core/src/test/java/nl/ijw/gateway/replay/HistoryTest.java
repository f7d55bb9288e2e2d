package nl.ijw.gateway.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.files.FailingWalk;

/** What History refuses before any replay starts, in words. */
class HistoryTest {

    private static final Path MESSAGES = nl.ijw.gateway.testing.Samples.root().resolve("messages");

    @TempDir
    Path tmp;

    /** Messages left out would change the verdicts after them: a folder it cannot read in full is no history. */
    @Test
    void aFolderWithoutManifestWithAnUnreadableSubfolderIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plain/closed"));
        Files.copy(MESSAGES.resolve("jw315.xml"), tmp.resolve("plain/jw315.xml"));
        Files.copy(MESSAGES.resolve("jw316.xml"), dir.resolve("jw316.xml"));
        Manifest.ManifestException e = assertThrows(Manifest.ManifestException.class, () -> History.open(
                tmp.resolve("plain"), Manifest.Order.AS_LISTED, w -> { }, FailingWalk.at(dir)));
        assertEquals(dir + ": cannot be read (permission denied), so the history in " + tmp.resolve("plain")
                + " would be incomplete; check its permissions, or move it out of the folder", e.getMessage());
    }

    @Test
    void aHistoryWithoutMessagesIsRefusedAsAFolderOrAZip() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("h"));
        Files.writeString(dir.resolve("manifest.csv"), "receivedAt,file\n");
        Path zip = tmp.resolve("h.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("manifest.csv"));
            z.write("receivedAt,file\n".getBytes());
        }
        for (Path source : List.of(dir, zip)) {
            Manifest.ManifestException e = assertThrows(Manifest.ManifestException.class,
                    () -> History.open(source, Manifest.Order.AS_LISTED, w -> { }));
            assertEquals(source + ": the manifest lists no messages (only its header line), so there is nothing to"
                    + " replay or report; add a line receivedAt,file for each message, or give another history",
                    e.getMessage());
        }
    }

    @Test
    void theDerivedWarningCountsInWords() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("one"));
        Files.copy(MESSAGES.resolve("jw315.xml"), dir.resolve("jw315.xml"));
        List<String> warnings = new ArrayList<>();
        try (History h = History.open(dir, Manifest.Order.AS_LISTED, warnings::add)) {
            assertEquals(1, h.manifest().size());
        }
        assertTrue(warnings.get(0).contains("receipt times of its 1 message were derived"), warnings.toString());
    }

    @Test
    void aManifestLineNamingAFolderSaysSo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("h/messages"));
        Files.writeString(tmp.resolve("h/manifest.csv"), "receivedAt,file\n2026-01-12T10:00:00,messages\n");
        Manifest.ManifestException e = assertThrows(Manifest.ManifestException.class, () -> Manifest.read(dir.getParent()));
        assertEquals(tmp.resolve("h/manifest.csv") + ":2: 'messages' is a folder, where a message file is expected;"
                + " name one XML file on each line, as messages/jw301.xml", e.getMessage());
    }
}
