package nl.ijw.gateway.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed run removes what it created and nothing that was there before. */
class NewOutputTest {

    @TempDir
    Path tmp;

    @Test
    void removesTheFoldersItCreatedParentsIncludedAndNothingElse() throws IOException {
        Files.writeString(tmp.resolve("before.txt"), "kept");
        Path out = tmp.resolve("x/ex1");
        NewOutput o = NewOutput.before(out);
        Files.createDirectories(out.resolve("messages"));
        Files.writeString(out.resolve("manifest.csv"), "receivedAt,file\n");
        o.discard(new IOException("failed"), Set.of());
        assertFalse(Files.exists(tmp.resolve("x")));
        assertEquals(List.of("before.txt"), names(tmp));
    }

    @Test
    void anExistingFolderStaysWithWhatItWasToldToKeep() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve(".lock"), "");
        NewOutput o = NewOutput.before(out);
        Files.createDirectories(out.resolve("db"));
        Files.writeString(out.resolve("db/store"), "x");
        o.discard(new IOException("failed"), Set.of(".lock"));
        assertEquals(List.of(".lock"), names(out));
    }

    @Test
    void whatWasInTheFolderWhenItWasNotedStaysEvenIfNotKept() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("theirs.txt"), "kept");
        NewOutput o = NewOutput.before(out);
        Files.writeString(out.resolve("report.json"), "half");
        o.discard(new IOException("failed"), Set.of());
        assertEquals(List.of("theirs.txt"), names(out));
    }

    @Test
    void discardCreatedLeavesAnExistingFolderAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("theirs.txt"), "kept");
        NewOutput.before(out).discardCreated(new IOException("refused"));
        assertTrue(Files.exists(out.resolve("theirs.txt")));
        NewOutput.before(tmp.resolve("never/made")).discardCreated(new IOException("refused")); // nothing to remove
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
