package nl.ijw.gateway.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipException;

import nl.ijw.gateway.files.NewOutput;
import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.ProcessingEngine;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.engine.Receipt;
import nl.ijw.gateway.engine.Verdict;
import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.sap.SapWatch;
import nl.ijw.gateway.serve.ServedGate;
import nl.ijw.gateway.serve.ServedParties;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.validation.Finding;

/**
 * Replays a history through the engine into a fresh store: each message at its recorded receipt
 * time, in manifest order. Deterministic: the same history gives the same report and retours.
 * Only the history's messages count as sent: the retours the engine writes here are its judgement,
 * not traffic, so they fulfil no SAP expectation (the history's own JW302, JW306, ... do).
 *
 * <p>With one thread it decides one message at a time and runs the SAP watch before each. With
 * more, preparer threads read and validate ahead of the single writer, which commits whatever is
 * ready in groups (one transaction each) and runs the watch only where it can find something: before
 * the first message of a new day (the watch counts by date) and after a message that left a row
 * already past due (a stop deadline of an Einddatum in the past), which ends its group. Everywhere
 * else the watch would report nothing, so both ways give the same report and retours, byte for byte.
 */
public final class Replay {

    private final GatewayCore core;
    private final ServedParties serves;
    private final Tuning tuning;
    private final Signals signals;

    /** Serving every municipality, as the live gateway does by default. */
    public Replay(GatewayCore core) {
        this(core, ServedParties.municipalities(), Tuning.DEFAULT);
    }

    /** @param serves whom the gateway acts for, as {@code gateway.serves} of the live gateway */
    public Replay(GatewayCore core, ServedParties serves) {
        this(core, serves, Tuning.DEFAULT);
    }

    public Replay(GatewayCore core, Tuning tuning) {
        this(core, ServedParties.municipalities(), tuning);
    }

    public Replay(GatewayCore core, ServedParties serves, Tuning tuning) {
        this(core, serves, tuning, Signals.NONE);
    }

    private Replay(GatewayCore core, ServedParties serves, Tuning tuning, Signals signals) {
        this.core = core;
        this.serves = serves;
        this.tuning = tuning;
        this.signals = signals;
    }

    /** This replay, telling {@code s} each SAP signal as the live gateway would have raised it. */
    public Replay withSignals(Signals s) {
        return new Replay(core, serves, tuning, s);
    }

    /**
     * Told each SAP finding when it is raised, on the writer's thread, in the order raised: a LATE
     * at the receipt time of the message that raised it, an OVERDUE or WARNING at the time the watch
     * ran. Unlike the report, which keeps one finding per breach, it hears every one (an OVERDUE and
     * later its LATE), as a live gateway's {@code ijw.signals} would.
     */
    @FunctionalInterface
    public interface Signals {
        Signals NONE = (f, raisedAt) -> { };

        void raised(SapFinding f, Instant raisedAt);
    }

    /**
     * How a replay uses the machine; none of it changes what the replay finds.
     *
     * @param threads  preparer threads reading and validating ahead of the writer; 1: none, one
     *                 message at a time with the watch before each (the reference way)
     * @param group    most messages the writer commits in one transaction
     * @param progress told after each commit how far the replay got
     */
    public record Tuning(int threads, int group, Progress progress) {
        public static final Tuning DEFAULT = new Tuning(Math.max(2, Runtime.getRuntime().availableProcessors()), 64,
                Progress.NONE);

        public Tuning {
            if (threads < 1 || group < 1) {
                throw new IllegalArgumentException("threads and group must be at least 1, got " + threads + " and " + group);
            }
        }

        public static Tuning singleThreaded() {
            return new Tuning(1, 1, Progress.NONE);
        }

        public Tuning withProgress(Progress p) {
            return new Tuning(threads, group, p);
        }
    }

    /** Told how many of the replayed messages are done; called on the writer's thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void at(long done, long total);
    }

    public ReplayReport run(Path history, Path out) throws IOException {
        return run(history, out, null);
    }

    /**
     * @param asOf end of the replayed period: only messages received up to it are replayed, and the
     *             SAP watch runs at it last; null: the last receipt time. The watch also runs
     *             as time passes, before the messages at their receipt time (see the class comment).
     */
    public ReplayReport run(Path history, Path out, Instant asOf) throws IOException {
        return run(Manifest.read(history), out, asOf, false);
    }

    /**
     * @param force replace an earlier replay's output in {@code out}; without it a non-empty folder
     *              is refused. Either way a folder inside the history, or one another replay is
     *              writing into, is refused ({@link ReplayOutput}).
     */
    public ReplayReport run(Manifest manifest, Path out, Instant asOf, boolean force) throws IOException {
        NewOutput output = NewOutput.before(out);
        ReplayOutput claimed;
        try {
            claimed = ReplayOutput.claim(manifest.dir(), out, force);
        } catch (IOException | RuntimeException e) {
            output.discardCreated(e); // a refused folder that was there is left as it was
            throw e;
        }
        try (claimed) {
            return replay(manifest, claimed.dir(), asOf);
        } catch (IOException | RuntimeException | Error e) {
            // The claim left only the lock file in out; a half-made store would refuse the same command again.
            output.discard(e, Set.of(ReplayOutput.LOCK_FILE));
            throw e;
        }
    }

    /** A message's bytes; an entry of a damaged zip said in words (the library says "invalid bit length repeat"). */
    private static byte[] read(Path message) throws IOException {
        try {
            return Files.readAllBytes(message);
        } catch (ZipException e) {
            throw new Manifest.ManifestException("the message file " + message + " in the history zip is damaged (its"
                    + " packed bytes cannot be unpacked); zip the history folder again, or give the folder itself");
        }
    }

    private ReplayReport replay(Manifest manifest, Path out, Instant asOf) throws IOException {
        Instant end = asOf != null ? asOf : manifest.last();
        int total = end == null ? 0 : manifest.upTo(end).count();
        Tally tally = new Tally(Files.createDirectories(out.resolve("retours")), total, signals);
        SapWatch watch = core.sap().watch();
        try (Database db = Database.open(DatabaseConfig.h2File(out));
             Manifest.Pass entries = tuning.threads() == 1 ? manifest.pass() : new ReadAhead(manifest.pass())) {
            ServedGate gate = new ServedGate(core, serves);
            ProcessingEngine engine = gate.engine(db);
            if (tuning.threads() == 1) {
                oneByOne(entries, asOf, db, gate, engine, watch, tally);
            } else {
                new Grouped(entries, asOf, db, gate, engine, watch, tally).run();
            }
            if (end != null) {
                watch.scan(db, end, f -> tally.sap(f, end));
            }
            tally.findings.addAll(tally.breaches.findings(db));
        }
        ReplayReport report = new ReplayReport(total, tally.accepted, total - tally.accepted - tally.failed,
                tally.failed, tally.answers, core.validator().schemaVersion(), core.rules().version(), tally.findings);
        report.write(out.resolve("report.json"));
        return report;
    }

    /** The reference way: one message at a time, the watch before each. */
    private void oneByOne(Manifest.Pass entries, Instant asOf, Database db, ServedGate gate,
                          ProcessingEngine engine, SapWatch watch, Tally tally) throws IOException {
        int seq = 0;
        for (Manifest.Entry e = entries.next(); e != null; e = entries.next()) {
            seq++;
            if (asOf != null && e.receivedAt().isAfter(asOf)) {
                break; // as of a moment: only what was received up to it, and receipt times do not decrease
            }
            Instant at = e.receivedAt();
            watch.scan(db, at, f -> tally.sap(f, at));
            tally.record(seq, e, engine.commit(gate.prepare(engine, read(e.path()), receipt(e))));
            tuning.progress().at(tally.done, tally.total);
        }
    }

    private static Receipt receipt(Manifest.Entry e) {
        return new Receipt(e.receivedAt(), Channel.REPLAY, e.file());
    }

    /** A message of the history, prepared: its place in the manifest with the engine's preparation. */
    private record Item(int seq, Manifest.Entry entry, ProcessingEngine.Prepared prepared) {
        LocalDate day() {
            return prepared.answerDate(); // the receipt date in Europe/Amsterdam
        }
    }

    /** Preparers ahead of one writer that commits in groups; see the class comment for the watch. */
    private final class Grouped {
        private final Manifest.Pass entries;
        private final Instant asOf;
        private final Database db;
        private final ServedGate gate;
        private final ProcessingEngine engine;
        private final SapWatch watch;
        private final Tally tally;
        private final ArrayDeque<Future<Item>> ahead = new ArrayDeque<>();
        private final ArrayDeque<Item> carried = new ArrayDeque<>();
        private final int window = Math.max(256, 4 * tuning.group());
        private final java.util.concurrent.atomic.AtomicReference<IOException> retourFailure =
                new java.util.concurrent.atomic.AtomicReference<>();
        private int next;
        private boolean read;

        Grouped(Manifest.Pass entries, Instant asOf, Database db, ServedGate gate, ProcessingEngine engine,
                SapWatch watch, Tally tally) {
            this.gate = gate;
            this.entries = entries;
            this.asOf = asOf;
            this.db = db;
            this.engine = engine;
            this.watch = watch;
            this.tally = tally;
        }

        void run() throws IOException {
            ExecutorService pool = Executors.newFixedThreadPool(tuning.threads(), daemons());
            tally.answersTo = (seq, r) -> pool.execute(() -> {
                try {
                    writeAnswer(tally.retours, seq, r);
                } catch (IOException x) {
                    retourFailure.compareAndSet(null, x);
                }
            });
            try {
                LocalDate scanned = null;
                boolean[] pastDue = {false};
                // A row inserted past due for the message's own date: the watch must see it before the next one.
                ProcessingEngine.GroupEnd end = (tx, p, o) -> {
                    LocalDate due = tx.expectations().takeEarliestOpenDue();
                    pastDue[0] |= due != null && due.isBefore(p.answerDate());
                    return pastDue[0];
                };
                List<Item> group = new ArrayList<>(tuning.group());
                while (nextGroup(pool, group)) {
                    Item first = group.get(0);
                    if (pastDue[0] || !first.day().equals(scanned)) {
                        Instant at = first.entry().receivedAt();
                        watch.scan(db, at, f -> tally.sap(f, at));
                        scanned = first.day();
                    }
                    pastDue[0] = false; // a rolled-back try may set it again: a needless scan, never a missed one
                    List<ProcessingEngine.Committed> done = engine.commitUntil(
                            group.stream().map(Item::prepared).toList(), end);
                    for (int i = 0; i < done.size(); i++) {
                        ProcessingEngine.Committed c = done.get(i);
                        if (!c.ok()) {
                            throw c.failure(); // not recorded at all: the store is down
                        }
                        tally.record(group.get(i).seq(), group.get(i).entry(), c.outcome());
                    }
                    for (int i = group.size() - 1; i >= done.size(); i--) {
                        carried.addFirst(group.get(i));
                    }
                    tuning.progress().at(tally.done, tally.total);
                }
                awaitRetours(pool);
            } finally {
                pool.shutdownNow();
            }
        }

        /** The retours are written on the pool, off the writer's thread; all must be on disk before the report. */
        private void awaitRetours(ExecutorService pool) throws IOException {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    // still writing: a slow disk
                }
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                throw new IOException("replay interrupted while writing retours", x);
            }
            IOException failed = retourFailure.get();
            if (failed != null) {
                throw failed;
            }
        }

        /**
         * The next group: messages carried over from a group that ended early, else the next
         * prepared one, then whatever else is ready, of the same day, up to the group size: a group
         * grows only when the writer falls behind. False when the history is done.
         */
        private boolean nextGroup(ExecutorService pool, List<Item> group) throws IOException {
            group.clear();
            while (!carried.isEmpty() && group.size() < tuning.group()) {
                group.add(carried.pollFirst());
            }
            refill(pool);
            if (group.isEmpty()) {
                if (ahead.isEmpty()) {
                    return false;
                }
                group.add(take());
            }
            LocalDate day = group.get(0).day();
            while (group.size() < tuning.group() && carried.isEmpty()) {
                refill(pool);
                Future<Item> f = ahead.peekFirst();
                if (f == null || !f.isDone() || !get(f).day().equals(day)) {
                    break;
                }
                group.add(take());
            }
            return true;
        }

        private void refill(ExecutorService pool) throws IOException {
            while (ahead.size() < window && !read) {
                Manifest.Entry e = entries.next();
                if (e == null || asOf != null && e.receivedAt().isAfter(asOf)) {
                    read = true; // as of a moment: only what was received up to it, and receipt times do not decrease
                    return;
                }
                int seq = ++next;
                ahead.addLast(pool.submit(() -> prepare(seq, e)));
            }
        }

        private Item prepare(int seq, Manifest.Entry e) {
            try {
                return new Item(seq, e, gate.prepare(engine, read(e.path()), receipt(e)));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }

        private Item take() throws IOException {
            return get(ahead.pollFirst());
        }

        private static Item get(Future<Item> f) throws IOException {
            try {
                return f.get();
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                throw new IOException("replay interrupted", x);
            } catch (ExecutionException x) {
                if (x.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (x.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(x.getCause());
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "replay-prepare-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** What the replay found so far, and where each replayed message went in the journal. */
    private static final class Tally {
        final Path retours;
        final int total;
        int done;
        int accepted;
        int failed;
        int answers;
        final List<ReplayFinding> findings = new ArrayList<>();
        final OneFindingPerBreach breaches = new OneFindingPerBreach();
        final Signals signals;
        /** Where a retour goes: written at once, or handed to another thread. */
        AnswerSink answersTo;

        Tally(Path retours, int total, Signals signals) {
            this.retours = retours;
            this.total = total;
            this.signals = signals;
            this.answersTo = (seq, r) -> writeAnswer(retours, seq, r);
        }

        void record(int seq, Manifest.Entry e, Outcome o) throws IOException {
            done++;
            accepted += o.verdict() == Verdict.ACCEPTED ? 1 : 0;
            failed += o.verdict() == Verdict.FAILED ? 1 : 0;
            if (o.response().isPresent()) {
                answers++;
                answersTo.write(seq, o.response().get());
            }
            for (Finding f : o.findings()) {
                // A FAILED message was not judged: only its SYSTEM finding goes in, as kind FAILED.
                if (o.verdict() == Verdict.FAILED ? f.ruleId().equals(ProcessingEngine.SYSTEM_RULE)
                        : f.isError() || RuleContext.isNotJudged(f)) {
                    findings.add(toReplay(seq, e, o, f));
                }
            }
            o.sapFindings().forEach(f -> sap(f, e.receivedAt()));
        }

        /** Placed on its message (manifest position and file) at the end, from the journal: nothing kept per message. */
        void sap(SapFinding f, Instant raisedAt) {
            signals.raised(f, raisedAt);
            breaches.add(f, new ReplayFinding(0, f.rule(), f.kind().name(), null, f.messageType(),
                    f.messageId(), f.sender(), f.receiver(), null, f.toewijzingNummer(),
                    f.referentie(), null, null, f.text(), f.due().toString(),
                    f.actual() == null ? null : f.actual().toString(), f.workingDaysLate(),
                    f.overdueSince() == null ? null : f.overdueSince().toString()));
        }
    }

    /** Takes a retour or JW325 the replay wrote, by the manifest position of its heen-message. */
    @FunctionalInterface
    private interface AnswerSink {
        void write(int seq, Outcome.Response r) throws IOException;
    }

    /** The kind of a rule the gateway could not judge for lack of state (docs/rules.md, "Missing state"). */
    public static final String NOT_JUDGED = "NOT_JUDGED";

    private static ReplayFinding toReplay(int seq, Manifest.Entry e, Outcome o, Finding f) {
        String kind = o.verdict() == Verdict.FAILED ? Verdict.FAILED.name()
                : RuleContext.isNotJudged(f) ? NOT_JUDGED : "REJECTED";
        return new ReplayFinding(seq, f.ruleId(), kind, f.retourCode(), o.type() == null ? null : o.type().name(),
                o.identificatie(), o.sender(), o.receiver(), e.file(), f.subject().toewijzingNummer(),
                f.subject().referentie(), f.subject().bsnMasked(), f.location().path(), f.text());
    }

    private static void writeAnswer(Path dir, int seq, Outcome.Response r) throws IOException {
        Files.write(dir.resolve(String.format("%05d-%s-%s.xml", seq, r.type().key(), r.identificatie())), r.xml());
    }
}
