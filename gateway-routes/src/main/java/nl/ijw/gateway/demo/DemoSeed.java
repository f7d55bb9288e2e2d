package nl.ijw.gateway.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.generate.HistoryGenerator;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.replay.ReplayReport;
import nl.ijw.gateway.serve.ServedParties;

/**
 * Seeds a data directory with a generated history of the last months, processed by the gateway's
 * engine at the history's receipt times (the replay, with the SAP watch running as time passes):
 * the store then holds what a gateway that had been running would hold, its SAP signals included
 * ({@link SeededSignals}). The replay's own output (report, retour files) stays in a scratch folder;
 * only its store moves into the data directory.
 */
final class DemoSeed {

    /** What was seeded. */
    record Result(long messages, long accepted, LocalDate first, LocalDate last, long signals) {
    }

    private DemoSeed() {
    }

    static HistoryGenerator.Settings settings(Demo.Settings s, LocalDate today, int clients) {
        return new HistoryGenerator.Settings(clients, s.providers(), s.municipalities(), s.months(), s.seed(), s.lateRate(),
                s.missingRate(), today.minusMonths(s.months()));
    }

    static Result seed(Path dataDir, Path scratch, GatewayCore core, ServedParties serves, Demo.Settings s, LocalDate today)
            throws IOException {
        Path history = scratch.resolve("seed-history");
        HistoryGenerator.Result g = new HistoryGenerator(settings(s, today, s.clients())).write(history);
        Path replayed = scratch.resolve("seed-replay");
        SeededSignals signals = new SeededSignals();
        ReplayReport report = new Replay(core, serves).withSignals(signals).run(Manifest.read(history), replayed, null, false);
        signals.writeTo(replayed); // before the move: a data directory with a store is never seeded again
        Files.createDirectories(dataDir);
        Files.move(replayed.resolve("db"), dataDir.resolve("db"));
        return new Result(g.messages(), report.accepted(), date(g.first()), date(g.last()), signals.count());
    }

    private static LocalDate date(java.time.Instant t) {
        return t == null ? null : t.atZone(nl.ijw.gateway.sap.SapTracker.AMSTERDAM).toLocalDate();
    }
}
