package nl.ijw.gateway.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.serve.ServedParties;

/** A replay that fails halfway leaves no half-made store, so the same command can run again. */
class FailedReplayOutputTest {

    private static final Path HISTORY = HistoryReplayTest.HISTORIES.resolve("sap-on-time");

    @TempDir
    Path tmp;

    /** Fails after the first message, as a full disk or a killed preparer would. */
    private static Replay failing() {
        Replay.Progress stop = (done, total) -> {
            throw new IllegalStateException("stopped halfway");
        };
        return new Replay(GatewayCore.standard(), ServedParties.municipalities(), new Replay.Tuning(1, 64, stop));
    }

    @Test
    void aNewFolderIsRemovedAgain() {
        Path out = tmp.resolve("x/out");
        assertThrows(IllegalStateException.class, () -> failing().run(Manifest.read(HISTORY), out, null, false));
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void anEmptyFolderIsEmptiedAgainAndTheReplayRunsInIt() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertThrows(IllegalStateException.class, () -> failing().run(Manifest.read(HISTORY), out, null, false));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(ReplayOutput.LOCK_FILE), s.map(p -> p.getFileName().toString()).toList());
        }
        new Replay(GatewayCore.standard()).run(Manifest.read(HISTORY), out, null, false); // not refused as not empty
    }
}
