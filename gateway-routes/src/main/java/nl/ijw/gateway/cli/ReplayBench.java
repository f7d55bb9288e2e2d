package nl.ijw.gateway.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.replay.ReplayReport;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.WorkingDayCalendar;
import nl.ijw.gateway.traffic.StoryTraffic;

@Command(name = "replay", description = {
        "Replay throughput with the SAP deadlines on and off.",
        "Writes a generated history (the sample story told for many clients) and replays it into an H2 file store,"
                + " in alternating rounds (off, on, on, off, ...), so that load from elsewhere weighs on both alike."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:figures printed", "2:a setting that cannot give a figure, or an I/O error"})
final class ReplayBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--messages", defaultValue = "20000", description = "Messages in the history (default ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--providers", defaultValue = "50", description = "Distinct providers (default ${DEFAULT-VALUE}).")
    int providers;

    @Option(names = "--rounds", defaultValue = "4", description = "Replays in all, alternating off/on (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--dir", defaultValue = "target/bench-replay", description = "Work folder, emptied first (default ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        new BenchSettings(spec.commandLine())
                .atLeast("--messages", messages, 1, "no messages give no throughput")
                .atLeast("--providers", providers, 1, "the traffic needs a provider")
                .pairs("--rounds", rounds);
        PrintWriter out = spec.commandLine().getOut();
        ProcessBench.wipe(dir);
        Path history = writeHistory(dir.resolve("history"));
        out.printf(java.util.Locale.ROOT, "bench replay: %,d generated messages, %d rounds (SAP off/on alternating), H2 file store%n",
                messages, rounds);
        Replay warm = replay(SapConfig.defaults());
        warm.run(Manifest.read(history), dir.resolve("warm-up"), null, true);
        List<Double> off = new ArrayList<>();
        List<Double> on = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean sapOn = r % 4 == 1 || r % 4 == 2; // ABBA
            double rate = measure(replay(sapOn ? SapConfig.defaults() : SapConfig.off()), history, dir.resolve("round"));
            (sapOn ? on : off).add(rate);
            out.printf(java.util.Locale.ROOT, "round %d: SAP %-3s %,8.0f msg/s%n", r + 1, sapOn ? "on" : "off", rate);
        }
        double meanOff = off.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double meanOn = on.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        out.printf(java.util.Locale.ROOT, "replay: SAP off %,.0f msg/s, SAP on %,.0f msg/s: on is %.0f%% of off%n", meanOff, meanOn,
                100 * meanOn / meanOff);
        return Main.OK;
    }

    private static Replay replay(SapConfig sap) {
        return new Replay(Cores.with(RulesConfig.defaults(), new SapTracker(sap, WorkingDayCalendar.standard())));
    }

    private double measure(Replay replay, Path history, Path out) throws IOException {
        long t = System.nanoTime();
        ReplayReport report = replay.run(Manifest.read(history), out, null, true); // the bench's own folder, replaced each round
        double seconds = (System.nanoTime() - t) / 1e9;
        if (report.messages() != messages) {
            throw new IllegalStateException("replayed " + report.messages() + " of " + messages + " messages");
        }
        return messages / seconds;
    }

    /** The generated story as a history folder: messages/ and manifest.csv in receipt order. */
    private Path writeHistory(Path history) throws IOException {
        Path files = Files.createDirectories(history.resolve("messages"));
        try (BufferedWriter manifest = Files.newBufferedWriter(history.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
            manifest.write("receivedAt,file\n");
            for (StoryTraffic.Message m : (Iterable<StoryTraffic.Message>) new StoryTraffic(providers).stream(messages)::iterator) {
                Files.write(files.resolve(m.name()), m.xml());
                manifest.write(m.receivedAt() + ",messages/" + m.name() + "\n");
            }
        }
        return history;
    }
}
