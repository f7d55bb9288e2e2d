package nl.ijw.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.ProcessingEngine;
import nl.ijw.gateway.engine.Receipt;
import nl.ijw.gateway.engine.Verdict;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.traffic.StoryTraffic;

@Command(name = "process", description = {
        "Throughput of the whole engine (validation, rules, journal, state, retours) on generated traffic:",
        "the sample story told for many clients, into an H2 file store."})
final class ProcessBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--messages", defaultValue = "100000", description = "Messages to process (default ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--providers", defaultValue = "50", description = "Distinct providers (default ${DEFAULT-VALUE}).")
    int providers;

    @Option(names = "--preparers", defaultValue = "2", description = "Threads validating ahead of the writer (default ${DEFAULT-VALUE}).")
    int preparers;

    @Option(names = "--dir", defaultValue = "target/bench-process", description = "Store folder, emptied first (default ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        GatewayCore core = Cores.standard();
        StoryTraffic generator = new StoryTraffic(providers);
        wipe(dir);
        out.printf("bench process: %,d generated messages, H2 file store in %s, %d preparer threads, 1 writer thread%n", messages, dir, preparers);
        try (Database db = Database.open(DatabaseConfig.h2File(dir))) {
            ProcessingEngine engine = core.engine(db);
            int warm = Math.min(2_000, messages / 10);
            // Validating (and pre-building answers) is stateless: preparer threads do it ahead of the
            // single writer, as concurrent queue consumers do in the live gateway. Futures are queued
            // in generation order, so the writer commits in receipt order.
            ExecutorService preparers = Executors.newFixedThreadPool(this.preparers);
            BlockingQueue<Future<ProcessingEngine.Prepared>> queue = new ArrayBlockingQueue<>(512);
            Thread producer = new Thread(() -> {
                try {
                    for (StoryTraffic.Message m : (Iterable<StoryTraffic.Message>) generator.stream(messages)::iterator) {
                        queue.put(preparers.submit(() ->
                                engine.prepare(m.xml(), new Receipt(m.receivedAt(), Channel.REPLAY, m.name()))));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-producer");
            producer.setDaemon(true);
            producer.start();
            long accepted = 0;
            long begin = System.nanoTime();
            long start = 0;
            for (int i = 0; i < messages; i++) {
                if (i == warm) {
                    start = System.nanoTime();
                }
                Outcome o = engine.commit(queue.take().get());
                accepted += o.verdict() == Verdict.ACCEPTED ? 1 : 0;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double writerCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
            preparers.shutdown();
            int measured = messages - warm;
            Runtime rt = Runtime.getRuntime();
            System.gc();
            out.printf("processed: %,d messages after %,d warm-up, %.1f s, %,.0f msg/s%n", measured, warm, seconds,
                    measured / seconds);
            out.printf("verdicts : %,d accepted, %,d rejected; journal %,d entries%n", accepted,
                    messages - accepted, db.inTransaction(tx -> tx.journal().count()));
            out.printf("writer   : %.1f s on the CPU of %.1f s (whole run), %.0f us a message%n", writerCpu,
                    (System.nanoTime() - begin) / 1e9, writerCpu * 1e6 / messages);
            out.printf("heap     : %,d MB used after GC (max %,d MB)%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        }
        return Main.OK;
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
