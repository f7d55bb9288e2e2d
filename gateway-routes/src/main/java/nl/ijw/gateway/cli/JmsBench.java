package nl.ijw.gateway.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.run.Gateway;
import nl.ijw.gateway.run.GatewayConfig;
import nl.ijw.gateway.text.Counts;

@Command(name = "jms", description = {
        "End-to-end throughput of the live gateway.",
        "A generated history (the generate tool's traffic) is put on the input queue in receipt order as persistent messages and goes through the embedded"
                + " broker, the engine, the H2 store and the outbox relay to the outputs, counted by the benchmark"
                + " (in = forwarded + rejected + dlq). Then bench process runs on the same load."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:figures printed", "2:a setting that cannot give a figure, or an I/O error"})
final class JmsBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to keep sending (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "300", description = "Most seconds of sending before the measured"
            + " --seconds, not counted in the rate. The warm-up ends earlier once the JIT has settled (it compiled for"
            + " less than 10%% of the last 15 s): a cold gateway's C2 compiler takes about a core for its first two"
            + " minutes, so a rate measured then says more about the JIT than about the gateway (default"
            + " ${DEFAULT-VALUE}, 0 = none). The gateway drains the warm-up traffic before the measurement starts.")
    int warmup;

    @Option(names = "--messages", defaultValue = "400000", description = "Most messages to generate: enough for the"
            + " warm-up and the measurement (default ${DEFAULT-VALUE}; the report says when they ran out).")
    int messages;

    @Option(names = "--providers", defaultValue = "50", description = "Distinct providers (default ${DEFAULT-VALUE}).")
    int providers;

    @Option(names = "--consumers", defaultValue = "1", description = "queue.consumers of the gateway (default ${DEFAULT-VALUE}).")
    int consumers;

    @Option(names = "--batch", defaultValue = "64", description = "queue.batch of the gateway (default ${DEFAULT-VALUE},"
            + " the gateway's own default; 1 = the Camel route with --consumers consumers).")
    int batch;

    @Option(names = "--in-flight", defaultValue = "5000", description = "Most messages sent and not yet out (default ${DEFAULT-VALUE}).")
    int inFlight;

    @Option(names = "--files", defaultValue = "2000", description = "Files for the folder channel after the queue run"
            + " (the next messages of the story; default ${DEFAULT-VALUE}, 0 = none).")
    int files;

    @Option(names = "--no-process", description = "Skip bench process on the same load.")
    boolean noProcess;

    @Option(names = "--history", defaultValue = "target/bench-history", description = "Where generated histories are"
            + " kept and used again (default ${DEFAULT-VALUE}).")
    Path histories;

    @Option(names = "--dir", defaultValue = "target/bench-jms", description = "Data folder, emptied first (default ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        new BenchSettings(spec.commandLine()).positive("--seconds", seconds).notNegative("--warmup", warmup)
                .atLeast("--messages", messages, 1, "nothing to send")
                .atLeast("--providers", providers, 1, "the generated traffic needs a provider")
                .atLeast("--consumers", consumers, 1, "nothing would take the messages in")
                .atLeast("--batch", batch, 1, "a batch holds at least one message")
                .atLeast("--in-flight", inFlight, 1, "nothing could be sent")
                .atLeast("--files", files, 0, "a number of files");
        wipe(dir);
        int brokerPort = freePort();
        GatewayConfig config = GatewayConfig.load(null, Map.of("broker.port", Integer.toString(brokerPort),
                "http.port", Integer.toString(freePort()), "queue.consumers", Integer.toString(consumers), "queue.batch", Integer.toString(batch),
                "folder.enabled", "true", "folder.stable.ms", "1"), Map.of());
        // A year of care for so many clients that a run of this length sees every step: a mixed load.
        BenchLoad load = BenchLoad.of(histories, messages, providers);
        Set<String> queues = new TreeSet<>(List.of("ijw.rejected", "ijw.dlq"));
        for (String party : load.parties()) {
            queues.add("ijw.out." + party);
        }
        out.printf("bench jms: up to %,d generated messages (%s) for %d s after a warm-up of at most %d s, persistent, %s,"
                + " H2 file store in %s%n", load.size(), Counts.of(providers, "provider"), seconds, warmup,
                batch > 1 ? "batches of up to " + batch : Counts.of(consumers, "consumer"), dir);
        LongAdder forwarded = new LongAdder();
        LongAdder rejected = new LongAdder();
        LongAdder dlq = new LongAdder();
        long sent;
        long warmed;
        double warmSeconds;
        String warmNote;
        double rate;
        double elapsed;
        String folder;
        String cpu;
        try (Gateway gateway = Gateway.start(config, dir, Cores.standard(), Clock.systemUTC());
             Connection c = new ActiveMQConnectionFactory(config.brokerUrl()).createConnection()) {
            List<Session> listeners = new ArrayList<>();
            for (String q : queues) {
                Session s = c.createSession(false, Session.DUPS_OK_ACKNOWLEDGE);
                listeners.add(s);
                s.createConsumer(s.createQueue(q)).setMessageListener(m -> {
                    try {
                        String kind = m.getStringProperty("IjwOutputKind");
                        if (q.equals("ijw.dlq")) {
                            dlq.increment();
                        } else if ("FORWARD".equals(kind)) {
                            forwarded.increment();
                        } else if ("REJECTED".equals(kind)) {
                            rejected.increment();
                        }
                    } catch (JMSException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            c.start();
            Session ps = c.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = ps.createProducer(ps.createQueue("ijw.in"));
            java.util.Iterator<BenchLoad.Message> next = load.all().iterator();
            long warmStart = System.nanoTime();
            JitSettling jit = new JitSettling(15_000_000_000L, 0.10);
            java.lang.management.CompilationMXBean compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
            boolean canWatch = compiler != null && compiler.isCompilationTimeMonitoringSupported();
            long warmEnd = warmStart + warmup * 1_000_000_000L;
            java.util.function.LongPredicate warming = now -> now <= warmEnd
                    && !(canWatch && jit.settled(now, compiler.getTotalCompilationTime()));
            sent = send(next, ps, producer, warming, 0, forwarded, rejected, dlq);
            warmSeconds = (System.nanoTime() - warmStart) / 1e9;
            warmNote = warmup == 0 ? "" : !canWatch ? ", this Java does not report its compile time"
                    : String.format(java.util.Locale.ROOT, ", the JIT compiled for %.0f%% of the last 15 s%s",
                    100 * jit.lastShare(), jit.lastShare() < 0.10 ? " (settled)" : " (not settled: give --warmup more)");
            drain(sent, forwarded, rejected, dlq);
            warmed = done(forwarded, rejected, dlq);
            Map<String, Double> cpu0 = CpuUse.secondsByGroup(JmsBench::threadGroup);
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            sent = send(next, ps, producer, now -> now <= end, sent, forwarded, rejected, dlq);
            long sendEnd = System.nanoTime();
            long doneAtSendEnd = done(forwarded, rejected, dlq) - warmed;
            cpu = cpuLine(cpu0, CpuUse.secondsByGroup(JmsBench::threadGroup), doneAtSendEnd);
            drain(sent, forwarded, rejected, dlq);
            elapsed = (System.nanoTime() - start) / 1e9;
            rate = doneAtSendEnd / ((sendEnd - start) / 1e9);
            for (Session s : listeners) {
                s.close();
            }
            folder = files > 0 && sent < load.size()
                    ? folder(load.range((int) sent, (int) Math.min(load.size(), sent + files)), (int) Math.min(files, load.size() - sent))
                    : null;
        }
        long total = done(forwarded, rejected, dlq);
        if (warmup > 0) {
            out.printf("warm-up  : %,d messages in %.0f s%s; all out before the measurement%n", warmed, warmSeconds, warmNote);
        }
        out.printf("jms      : %,.0f msg/s end to end while sending (%,d of %,d out after %.1f s; all out after %.1f s)%n",
                rate, total - warmed, sent - warmed, (double) seconds, elapsed);
        if (sent == load.size()) {
            out.printf("load     : all %,d messages were sent before the %d s ended, so the rate is over less time;"
                    + " give --messages more%n", load.size(), seconds);
        }
        out.printf("counted  : in %,d = forwarded %,d + rejected %,d + dlq %,d: %s%n", sent, forwarded.sum(), rejected.sum(),
                dlq.sum(), total == sent ? "no loss" : "MISMATCH (" + (sent - total) + ")");
        out.println(cpu);
        if (folder != null) {
            out.println(folder);
        }
        if (!noProcess) {
            StringWriter pw = new StringWriter();
            Main.run(new String[] {"bench", "process", "--messages", Long.toString(sent), "--providers",
                    Integer.toString(providers), "--clients", Integer.toString(BenchLoad.clientsFor(messages)),
                    "--history", histories.toString(), "--dir", dir.resolveSibling(dir.getFileName() + "-process").toString()},
                    new PrintWriter(pw), new PrintWriter(pw));
            Matcher m = Pattern.compile("processed: .*?, ([0-9,]+) msg/s").matcher(pw.toString());
            if (m.find()) {
                double process = Double.parseDouble(m.group(1).replace(",", ""));
                out.printf("process  : %,.0f msg/s on the same load (bench process); jms is %.0f%% of it%n", process,
                        100 * rate / process);
            } else {
                out.print(pw);
            }
        }
        return total == sent ? Main.OK : Main.INVALID;
    }

    /** Sends the next messages while {@code going} holds for the time, keeping at most --in-flight not yet out; returns how many are sent in all. */
    private long send(java.util.Iterator<BenchLoad.Message> messages, Session ps, MessageProducer producer,
                      java.util.function.LongPredicate going, long sent, LongAdder forwarded, LongAdder rejected, LongAdder dlq)
            throws Exception {
        Stall stall = new Stall();
        while (messages.hasNext() && going.test(System.nanoTime())) {
            while (sent - done(forwarded, rejected, dlq) > inFlight) {
                stall.check(done(forwarded, rejected, dlq), sent);
                Thread.sleep(1);
            }
            BytesMessage b = ps.createBytesMessage();
            b.writeBytes(messages.next().xml());
            producer.send(b);
            if (++sent % 100 == 0) {
                ps.commit();
            }
        }
        ps.commit();
        return sent;
    }

    /** Waits (at most 5 minutes) until everything sent is out. */
    private static void drain(long sent, LongAdder forwarded, LongAdder rejected, LongAdder dlq) throws InterruptedException {
        long limit = System.nanoTime() + 300_000_000_000L;
        Stall stall = new Stall();
        while (done(forwarded, rejected, dlq) < sent && System.nanoTime() < limit) {
            stall.check(done(forwarded, rejected, dlq), sent);
            Thread.sleep(10);
        }
    }

    /**
     * A gateway that delivers nothing for a minute while messages are in flight has stopped (a
     * broker whose disk is over its limit holds every sender, without an error): no figure then,
     * and the benchmark says so instead of waiting for ever.
     */
    static final class Stall {
        private final long limitNanos;
        private final java.util.function.LongSupplier clock;
        private long seen = -1;
        private long since;

        Stall() {
            this(60_000_000_000L, System::nanoTime);
        }

        Stall(long limitNanos, java.util.function.LongSupplier clock) {
            this.limitNanos = limitNanos;
            this.clock = clock;
        }

        void check(long done, long sent) {
            long now = clock.getAsLong();
            if (done != seen) {
                seen = done;
                since = now;
            } else if (now - since > limitNanos) {
                throw new IllegalStateException(String.format(java.util.Locale.ROOT, "bench jms: no output came back"
                        + " for %d s with %,d of %,d messages still in flight: the gateway stopped delivering, so there"
                        + " is no figure; its log above says why (a broker disk over broker.max.disk.usage holds every"
                        + " sender)", limitNanos / 1_000_000_000L, sent - done, sent));
            }
        }
    }

    /** Drops the files into the inbox (hidden name, then rename) and times until all are archived or rejected. */
    private String folder(Iterable<BenchLoad.Message> batch, int size) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox").resolve("bench"));
        long start = System.nanoTime();
        for (BenchLoad.Message m : batch) {
            String name = m.file().getFileName().toString();
            Path tmp = inbox.resolve("." + name + ".tmp");
            Files.write(tmp, m.xml());
            Files.move(tmp, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        long limit = System.nanoTime() + 300_000_000_000L;
        long moved = 0;
        while (System.nanoTime() < limit && (moved = moved()) < size) {
            Thread.sleep(50);
        }
        double s = (System.nanoTime() - start) / 1e9;
        return String.format("folder   : %,d files in %.1f s, %,.0f files/s (inbox to archive or rejected)%s",
                moved, s, moved / s, moved == size ? "" : " - NOT ALL MOVED");
    }

    private long moved() throws java.io.IOException {
        long n = 0;
        for (String kind : List.of("archive", "rejected")) {
            Path p = dir.resolve(kind);
            if (Files.exists(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    n += walk.filter(f -> f.toString().endsWith(".xml")).count();
                }
            }
        }
        return n;
    }

    /** CPU time a message while sending, by thread group: on two cores the sum is what limits. */
    private static String cpuLine(Map<String, Double> before, Map<String, Double> after, long messages) {
        StringBuilder b = new StringBuilder("cpu      :");
        double total = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double us = (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) * 1e6 / Math.max(1, messages);
            total += us;
            b.append(String.format(java.util.Locale.ROOT, " %s %.0f us,", e.getKey(), us));
        }
        return b.append(String.format(java.util.Locale.ROOT, " total %.0f us a message while sending (load %.2f)", total,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())).toString();
    }

    private static String threadGroup(String name) {
        if (name.equals("ijw-in-batch") || name.contains("JmsConsumer")) {
            return "writer";
        }
        if (name.startsWith("ijw-prepare")) {
            return "preparers";
        }
        if (name.contains("outbox-relay")) {
            return "relay";
        }
        if (name.contains("activemq") || name.contains("artemis")) {
            return "broker+clients";
        }
        if (name.startsWith("H2") || name.startsWith("MVStore")) {
            return "h2";
        }
        return name.equals("main") ? "bench sender" : "other threads";
    }

    private static long done(LongAdder f, LongAdder r, LongAdder d) {
        return f.sum() + r.sum() + d.sum();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void wipe(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
