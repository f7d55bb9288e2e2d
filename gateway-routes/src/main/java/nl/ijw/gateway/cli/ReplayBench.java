package nl.ijw.gateway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
import nl.ijw.gateway.text.Counts;

@Command(name = "replay", description = {
        "Replay throughput, grouped against one message at a time, or SAP on against off.",
        "Generates a history (the generate tool's traffic) and replays it into an H2 file store"
                + " in alternating rounds (A B B A ...), so that load from elsewhere weighs on both alike. --compare"
                + " threads (default): preparer threads and group commit against one message at a time, SAP on;"
                + " --compare sap: SAP off against SAP on, both with the given --threads and --group."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:figures printed", "2:a setting that cannot give a figure, or an I/O error"})
final class ReplayBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--messages", defaultValue = "20000", description = "Messages in the history (default ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--providers", defaultValue = "50", description = "Distinct providers (default ${DEFAULT-VALUE}).")
    int providers;

    @Option(names = "--rounds", defaultValue = "4", description = "Replays in all, alternating A/B (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "20000", description = "Messages replayed first to warm up, not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", defaultValue = "2", description = "Preparer threads of the grouped replay (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--group", defaultValue = "64", description = "Most messages a commit in the grouped replay (default ${DEFAULT-VALUE}).")
    int group;

    @Option(names = "--compare", defaultValue = "threads", description = "threads or sap (default ${DEFAULT-VALUE}).")
    String compare;

    @Option(names = "--history", defaultValue = "target/bench-history", description = "Where generated histories are"
            + " kept and used again (default ${DEFAULT-VALUE}).")
    Path histories;

    @Option(names = "--dir", defaultValue = "target/bench-replay", description = "Work folder, its rounds/ emptied first"
            + " (default ${DEFAULT-VALUE}).")
    Path dir;

    /** One side of the comparison. */
    private record Mode(String name, SapConfig sap, Replay.Tuning tuning) {
    }

    @Override
    public Integer call() throws IOException {
        new BenchSettings(spec.commandLine())
                .atLeast("--messages", messages, 1, "no messages give no throughput")
                .atLeast("--providers", providers, 1, "the traffic needs a provider")
                .atLeast("--threads", threads, 1, "the replay needs a thread")
                .atLeast("--group", group, 1, "a group holds at least one message")
                .atLeast("--warmup", warmup, 0, "a number of messages, 0 for no warm-up")
                .pairs("--rounds", rounds);
        PrintWriter out = spec.commandLine().getOut();
        if (!compare.equals("threads") && !compare.equals("sap")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--compare must be threads or sap, got '" + compare + "'");
        }
        Replay.Tuning grouped = new Replay.Tuning(threads, group, Replay.Progress.NONE);
        Mode a = compare.equals("sap") ? new Mode("SAP off", SapConfig.off(), grouped)
                : new Mode("1 thread", SapConfig.defaults(), Replay.Tuning.singleThreaded());
        Mode b = compare.equals("sap") ? new Mode("SAP on", SapConfig.defaults(), grouped)
                : new Mode(threads + " threads, groups of " + group, SapConfig.defaults(), grouped);
        BenchLoad load = BenchLoad.of(histories, messages, providers);
        // The whole manifest read as the replay goes when it is all used; the first part held compactly.
        Manifest manifest = Manifest.read(load.history()).first(load.size());
        messages = load.size();
        out.printf("bench replay: %,d generated messages (%s), %d rounds (%s / %s alternating),"
                + " H2 file store, %s, max heap %,d MB%n", messages, load.history().getFileName(), rounds, a.name(), b.name(),
                Counts.of(Runtime.getRuntime().availableProcessors(), "core"), Runtime.getRuntime().maxMemory() >> 20);
        Path work = dir.resolve("rounds");
        ProcessBench.wipe(work);
        if (warmup > 0) {
            Manifest first = manifest.first(Math.min(warmup, messages));
            replay(b).run(first, work.resolve("warm-up"), null, true);
            replay(a).run(first, work.resolve("warm-up"), null, true);
        }
        List<Double> rateA = new ArrayList<>();
        List<Double> rateB = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Mode m = r % 4 == 1 || r % 4 == 2 ? b : a; // ABBA
            Round round = measure(m, manifest, work.resolve("round"));
            (m == a ? rateA : rateB).add(round.rate());
            out.printf("round %d: %-24s %,8.0f msg/s  (CPU %,.0f us a message: writer %,.0f, rest %,.0f; load %.2f)%n",
                    r + 1, m.name(), round.rate(), round.cpuUs(), round.writerUs(), round.cpuUs() - round.writerUs(),
                    round.load());
        }
        out.printf("replay: %s %s msg/s; %s %s msg/s%n", a.name(), spread(rateA), b.name(), spread(rateB));
        out.printf("replay: %s is %.1fx %s (medians)%n", b.name(), median(rateB) / median(rateA), a.name());
        return Main.OK;
    }

    private static Replay replay(Mode m) {
        return new Replay(Cores.with(RulesConfig.defaults(), new SapTracker(m.sap(), WorkingDayCalendar.standard())),
                m.tuning());
    }

    /** What one round measured: msg/s, CPU of the process and of the writer a message, load average. */
    private record Round(double rate, double cpuUs, double writerUs, double load) {
    }

    private Round measure(Mode m, Manifest manifest, Path out) throws IOException {
        Replay replay = replay(m);
        var threadBean = ManagementFactory.getThreadMXBean();
        long cpu0 = processCpu();
        long writer0 = threadBean.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        ReplayReport report = replay.run(manifest, out, null, true); // the bench's own folder, replaced each round
        double seconds = (System.nanoTime() - t) / 1e9;
        long cpu = processCpu() - cpu0;
        long writer = threadBean.getCurrentThreadCpuTime() - writer0;
        if (report.messages() != messages) {
            throw new IllegalStateException("replayed " + report.messages() + " of " + messages + " messages");
        }
        return new Round(messages / seconds, cpu / 1e3 / messages, writer / 1e3 / messages,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String spread(List<Double> rates) {
        if (rates.isEmpty()) {
            return "-";
        }
        double[] r = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("%,.0f / %,.0f / %,.0f (min / median / max of %d)", r[0], median(rates), r[r.length - 1],
                r.length);
    }

    private static double median(List<Double> rates) {
        double[] r = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return r.length == 0 ? Double.NaN : r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }

}
