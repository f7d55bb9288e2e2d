package nl.ijw.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.ProcessingEngine;
import nl.ijw.gateway.engine.Receipt;
import nl.ijw.gateway.engine.Verdict;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;

@Command(name = "process", description = {
        "Throughput of the whole engine on generated traffic.",
        "Validation, rules, SAP deadlines, journal, state and retours, on a generated history (the generate tool's"
                + " traffic, in receipt order), into an H2 file store."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:figures printed", "2:a setting that cannot give a figure, or an I/O error"})
final class ProcessBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--messages", defaultValue = "100000", description = "Messages to process (default ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--providers", defaultValue = "50", description = "Distinct providers (default ${DEFAULT-VALUE}).")
    int providers;

    @Option(names = "--preparers", defaultValue = "2", description = "Threads validating ahead of the writer (default ${DEFAULT-VALUE}).")
    int preparers;

    @Option(names = "--group", defaultValue = "64", description = "Most messages committed in one transaction"
            + " (group commit; default ${DEFAULT-VALUE}, 1 = a commit per message).")
    int maxGroup;

    @Option(names = "--history", defaultValue = "target/bench-history", description = "Where generated histories are"
            + " kept and used again (default ${DEFAULT-VALUE}).")
    Path histories;

    @Option(names = "--clients", defaultValue = "0", description = "Clients of the generated history (default: as many as"
            + " give --messages in a year); the first --messages messages are processed.")
    int clients;

    @Option(names = "--dir", defaultValue = "target/bench-process", description = "Store folder, emptied first (default ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        new BenchSettings(spec.commandLine())
                .atLeast("--messages", messages, 1, "no messages give no throughput")
                .atLeast("--providers", providers, 1, "the traffic needs a provider")
                .atLeast("--clients", clients, 0, "0 means as many as --messages needs")
                .atLeast("--preparers", preparers, 1, "someone must validate the messages")
                .atLeast("--group", maxGroup, 1, "a commit holds at least one message");
        PrintWriter out = spec.commandLine().getOut();
        GatewayCore core = Cores.standard();
        BenchLoad load = BenchLoad.of(histories, messages, providers, clients > 0 ? clients : BenchLoad.clientsFor(messages));
        int messages = load.size();
        wipe(dir);
        out.printf(java.util.Locale.ROOT, "bench process: %,d generated messages (%s), H2 file store in %s, %s, 1 writer thread,"
                + " groups of up to %s a commit%n", messages, load.history().getFileName(), dir, nl.ijw.gateway.text.Counts.of(preparers, "preparer thread"),
                nl.ijw.gateway.text.Counts.of(maxGroup, "message"));
        try (Database db = Database.open(DatabaseConfig.h2File(dir))) {
            ProcessingEngine engine = core.engine(db);
            int warm = Math.min(2_000, messages / 10);
            // Validating (and pre-building answers) is stateless: preparer threads do it ahead of the
            // single writer, as concurrent queue consumers do in the live gateway. Futures are queued
            // in generation order, so the writer commits in receipt order.
            ExecutorService preparers = Executors.newFixedThreadPool(this.preparers);
            BlockingQueue<Future<ProcessingEngine.Prepared>> queue = new ArrayBlockingQueue<>(512);
            // The producer stays alive until its CPU time is read, so that it counts as the generator's.
            java.util.concurrent.CountDownLatch measuredCpu = new java.util.concurrent.CountDownLatch(1);
            Thread producer = new Thread(() -> {
                try {
                    for (BenchLoad.Message m : load.all()) {
                        byte[] xml = m.xml();
                        queue.put(preparers.submit(() ->
                                engine.prepare(xml, new Receipt(m.receivedAt(), Channel.REPLAY, m.name()))));
                    }
                    measuredCpu.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-producer");
            producer.setDaemon(true);
            producer.start();
            long accepted = 0;
            long begin = System.nanoTime();
            long start = 0;
            List<ProcessingEngine.Prepared> group = new ArrayList<>(maxGroup);
            for (int i = 0; i < messages; ) {
                if (start == 0 && i >= warm) {
                    start = System.nanoTime();
                    warm = i;
                }
                nextGroup(queue, group, Math.min(maxGroup, messages - i));
                for (ProcessingEngine.Committed c : engine.commitAll(group)) {
                    if (!c.ok()) {
                        throw c.failure();
                    }
                    if (c.outcome().verdict() == Verdict.FAILED) {
                        throw new IllegalStateException("a bench message FAILED: " + c.outcome().findings());
                    }
                    accepted += c.outcome().verdict() == Verdict.ACCEPTED ? 1 : 0;
                }
                i += group.size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double writerCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
            Map<String, Double> cpuUse = CpuUse.secondsByGroup(ProcessBench::threadGroup);
            measuredCpu.countDown();
            preparers.shutdown();
            int measured = messages - warm;
            Runtime rt = Runtime.getRuntime();
            System.gc();
            out.printf(java.util.Locale.ROOT, "processed: %,d messages after %,d warm-up, %.1f s, %,.0f msg/s%n", measured, warm, seconds,
                    measured / seconds);
            out.printf(java.util.Locale.ROOT, "verdicts : %,d accepted, %,d rejected; journal %,d entries%n", accepted,
                    messages - accepted, db.inTransaction(tx -> tx.journal().count()));
            out.printf(java.util.Locale.ROOT, "writer   : %.1f s on the CPU of %.1f s (whole run), %.0f us a message%n", writerCpu,
                    (System.nanoTime() - begin) / 1e9, writerCpu * 1e6 / messages);
            StringBuilder cpu = new StringBuilder();
            cpuUse.forEach((g, sec) ->
                    cpu.append(String.format(java.util.Locale.ROOT, " %s %.0f us,", g, sec * 1e6 / messages)));
            out.printf(java.util.Locale.ROOT, "cpu      :%s a message (whole run)%n", cpu.substring(0, cpu.length() - 1));
            out.printf(java.util.Locale.ROOT, "heap     : %,d MB used after GC (max %,d MB)%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        }
        return Main.OK;
    }

    /**
     * The next group for one commit: waits for one prepared message, then takes whatever else is
     * ready, in order, up to {@code max}: a group grows only when the writer falls behind.
     */
    private static void nextGroup(BlockingQueue<Future<ProcessingEngine.Prepared>> queue,
                                  List<ProcessingEngine.Prepared> group, int max) throws Exception {
        group.clear();
        group.add(queue.take().get());
        while (group.size() < max) {
            Future<ProcessingEngine.Prepared> next = queue.peek();
            if (next == null || !next.isDone()) {
                return;
            }
            group.add(queue.take().get());
        }
    }

    private static String threadGroup(String name) {
        if (name.equals("main")) {
            return "writer";
        }
        if (name.startsWith("pool-")) {
            return "preparers";
        }
        if (name.startsWith("bench-producer")) {
            return "generator";
        }
        return name.startsWith("H2") || name.startsWith("MVStore") ? "h2" : "other (GC, JIT)";
    }

    static void wipe(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }
}
