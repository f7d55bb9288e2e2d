package nl.ijw.gateway.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's claim, in one JVM: the lock, what --force may remove, real paths. */
class ReplayOutputTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderClaimedInThisProcessIsRefusedUntilReleased() throws IOException {
        Path history = Files.createDirectories(tmp.resolve("history"));
        Path out = tmp.resolve("out");
        try (ReplayOutput first = ReplayOutput.claim(history, out, false)) {
            var e = assertThrows(ReplayOutput.OutputRefused.class, () -> ReplayOutput.claim(history, out, true));
            assertTrue(e.getMessage().contains("in use by another replay"), e.getMessage());
        }
        ReplayOutput.claim(history, out, false).close(); // the lock file alone does not make it non-empty
    }

    @Test
    void forceRemovesAnEarlierReplaysFilesOnly() throws IOException {
        Path history = Files.createDirectories(tmp.resolve("history"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("db"));
        Files.createDirectories(out.resolve("retours"));
        Files.writeString(out.resolve("db/ijw-gateway.mv.db"), "x");
        Files.writeString(out.resolve("retours/00001-jw316-G26R001187.xml"), "x");
        Files.writeString(out.resolve("retours/123456-jw302-X.xml"), "x");
        Files.writeString(out.resolve("report.json"), "{}");
        ReplayOutput.claim(history, out, true).close();
        try (var s = Files.list(out)) {
            assertEquals(java.util.List.of(".replay.lock"), s.map(p -> p.getFileName().toString()).toList());
        }

        Files.createDirectories(out.resolve("retours/sub"));
        Files.writeString(out.resolve("report.json"), "{}");
        var e = assertThrows(ReplayOutput.OutputRefused.class, () -> ReplayOutput.claim(history, out, true));
        assertTrue(e.getMessage().contains("(retours/sub)"), e.getMessage());
        assertTrue(Files.exists(out.resolve("report.json")));

        Files.delete(out.resolve("retours/sub"));
        Files.createDirectories(out.resolve("db"));
        Files.createSymbolicLink(out.resolve("db/ijw-gateway.trace.db"), history);
        e = assertThrows(ReplayOutput.OutputRefused.class, () -> ReplayOutput.claim(history, out, true));
        assertTrue(e.getMessage().contains("(db/ijw-gateway.trace.db)"), "a link is never followed: " + e.getMessage());
    }

    @Test
    void realPathsOfFoldersThatDoNotExistYet() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertEquals(real.toRealPath().resolve("a/b"), ReplayOutput.realPath(link.resolve("a/b")));
        assertEquals(real.toRealPath(), ReplayOutput.realPath(link.resolve("a/..")));
    }

    @Test
    void aFolderThatCannotBeCreatedIsSaidInWords() throws IOException {
        Path history = Files.createDirectories(tmp.resolve("history"));
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        var e = assertThrows(ReplayOutput.OutputRefused.class, () -> ReplayOutput.claim(history, file.resolve("out"), false));
        assertTrue(e.getMessage().startsWith("Cannot create output folder " + file.resolve("out")), e.getMessage());
        e = assertThrows(ReplayOutput.OutputRefused.class, () -> ReplayOutput.claim(history, file, false));
        assertEquals("Output folder " + file + " is a file, not a folder; give a new or empty folder", e.getMessage());
    }
}
