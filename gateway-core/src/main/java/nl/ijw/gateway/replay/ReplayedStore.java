package nl.ijw.gateway.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.report.Basis;

/**
 * A history replayed into a fresh temporary store, for the commands that read a store as it stood
 * at a moment (sap-report, timeline). Closing it deletes the store. The replay lives here, not in
 * the readers: they read stores and must not depend on the engine that fills them.
 */
public final class ReplayedStore implements AutoCloseable {

    private final Path dataDir;
    private final Instant asOf;
    private final Basis basis;

    private ReplayedStore(Path dataDir, Instant asOf, Basis basis) {
        this.dataDir = dataDir;
        this.asOf = asOf;
        this.basis = basis;
    }

    /**
     * Replays the history with this core (its SAP tracker decides the deadlines) up to asOf; asOf
     * null: the last receipt time, so the watch has run at the as-of moment.
     */
    public static ReplayedStore replay(Path history, GatewayCore core, Instant asOf) throws IOException {
        return replay(Manifest.read(history), history.toString(), core, asOf);
    }

    /** As {@link #replay(Path, GatewayCore, Instant)}, for a history already opened (a zip, a folder without manifest). */
    public static ReplayedStore replay(Manifest manifest, String name, GatewayCore core, Instant asOf) throws IOException {
        if (manifest.isEmpty()) {
            throw Manifest.ManifestException.noMessages(name);
        }
        Instant end = end(manifest, asOf);
        Basis basis = basis(name, manifest, end);
        Path tmp = Files.createTempDirectory("ijw-replayed-store");
        try {
            new Replay(core).run(manifest, tmp, end, false);
        } catch (IOException | RuntimeException e) {
            delete(tmp);
            throw e;
        }
        return new ReplayedStore(tmp, end, basis);
    }

    /** asOf, or the last receipt time when null (null for an empty manifest). */
    public static Instant end(Manifest manifest, Instant asOf) {
        return asOf != null ? asOf : manifest.last();
    }

    /** What a report on this history replayed up to end is computed from. */
    public static Basis basis(Path history, Manifest manifest, Instant end) throws IOException {
        return basis(history.toString(), manifest, end);
    }

    /** As {@link #basis(Path, Manifest, Instant)}, for a history named in words. */
    public static Basis basis(String history, Manifest manifest, Instant end) throws IOException {
        // As of a moment: only the messages received up to it (the replay skips the others too).
        Manifest.Span upTo = manifest.upTo(end);
        return new Basis(Basis.Source.HISTORY, history, upTo.count(),
                upTo.first() == null ? null : date(upTo.first()), upTo.last() == null ? null : date(upTo.last()));
    }

    /** The temporary data directory (db/ as a gateway's). */
    public Path dataDir() {
        return dataDir;
    }

    public Instant asOf() {
        return asOf;
    }

    public Basis basis() {
        return basis;
    }

    @Override
    public void close() throws IOException {
        delete(dataDir);
    }

    private static LocalDate date(Instant t) {
        return t.atZone(SapTracker.AMSTERDAM).toLocalDate();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
