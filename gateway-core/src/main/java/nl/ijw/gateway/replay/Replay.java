package nl.ijw.gateway.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.ProcessingEngine;
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
 */
public final class Replay {

    private final GatewayCore core;
    private final ServedParties serves;

    /** Serving every municipality, as the live gateway does by default. */
    public Replay(GatewayCore core) {
        this(core, ServedParties.municipalities());
    }

    /** @param serves whom the gateway acts for, as {@code gateway.serves} of the live gateway */
    public Replay(GatewayCore core, ServedParties serves) {
        this.core = core;
        this.serves = serves;
    }

    public ReplayReport run(Path history, Path out) throws IOException {
        return run(history, out, null);
    }

    /**
     * @param asOf end of the replayed period: only messages received up to it are replayed, and the
     *             SAP watch runs at it last; null: the last receipt time. The watch also runs
     *             before each message, at its receipt time, as time passed then.
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
        try (ReplayOutput claimed = ReplayOutput.claim(manifest.dir(), out, force)) {
            return replay(manifest, claimed.dir(), asOf);
        }
    }

    private ReplayReport replay(Manifest manifest, Path out, Instant asOf) throws IOException {
        Path retours = Files.createDirectories(out.resolve("retours"));
        int accepted = 0;
        int failed = 0;
        int answers = 0;
        List<ReplayFinding> findings = new ArrayList<>();
        OneFindingPerBreach breaches = new OneFindingPerBreach();
        // Journal id of each history message -> its manifest entry, to place SAP findings on it.
        Map<Long, Placed> placed = new HashMap<>();
        SapWatch watch = core.sap().watch();
        try (Database db = Database.open(DatabaseConfig.h2File(out))) {
            ServedGate gate = new ServedGate(core, serves);
            ProcessingEngine engine = gate.engine(db);
            int seq = 0;
            for (Manifest.Entry e : manifest.entries()) {
                seq++;
                if (asOf != null && e.receivedAt().isAfter(asOf)) {
                    continue; // as of a moment: only what was received up to it
                }
                watch.scan(db, e.receivedAt(), f -> sap(breaches, placed, f));
                Outcome o = engine.commit(gate.prepare(engine, Files.readAllBytes(e.path()),
                        new Receipt(e.receivedAt(), Channel.REPLAY, e.file())));
                placed.put(o.journalId(), new Placed(seq, e.file()));
                accepted += o.verdict() == Verdict.ACCEPTED ? 1 : 0;
                failed += o.verdict() == Verdict.FAILED ? 1 : 0;
                if (o.response().isPresent()) {
                    answers++;
                    writeAnswer(retours, seq, o.response().get());
                }
                for (Finding f : o.findings()) {
                    // A FAILED message was not judged: only its SYSTEM finding goes in, as kind FAILED.
                    if (o.verdict() == Verdict.FAILED ? f.ruleId().equals(ProcessingEngine.SYSTEM_RULE) : f.isError()) {
                        findings.add(toReplay(seq, e, o, f));
                    }
                }
                o.sapFindings().forEach(f -> sap(breaches, placed, f));
            }
            Instant end = asOf != null ? asOf
                    : manifest.entries().isEmpty() ? null : manifest.entries().get(manifest.entries().size() - 1).receivedAt();
            if (end != null) {
                watch.scan(db, end, f -> sap(breaches, placed, f));
            }
            findings.addAll(breaches.findings(db));
        }
        int total = (int) manifest.entries().stream().filter(e -> asOf == null || !e.receivedAt().isAfter(asOf)).count();
        ReplayReport report = new ReplayReport(total, accepted, total - accepted - failed, failed, answers,
                core.validator().schemaVersion(), core.rules().version(), findings);
        report.write(out.resolve("report.json"));
        return report;
    }

    /** Where a history message stands in the manifest. */
    private record Placed(int seq, String file) {
    }

    private static void sap(OneFindingPerBreach into, Map<Long, Placed> placed, SapFinding f) {
        Placed p = placed.get(f.journalId());
        into.add(f, new ReplayFinding(p == null ? 0 : p.seq(), f.rule(), f.kind().name(), null, f.messageType(),
                f.messageId(), f.sender(), f.receiver(), p == null ? null : p.file(), f.toewijzingNummer(),
                f.referentie(), null, null, f.text(), f.due().toString(),
                f.actual() == null ? null : f.actual().toString(), f.workingDaysLate(),
                f.overdueSince() == null ? null : f.overdueSince().toString()));
    }

    private static ReplayFinding toReplay(int seq, Manifest.Entry e, Outcome o, Finding f) {
        String kind = o.verdict() == Verdict.FAILED ? Verdict.FAILED.name() : "REJECTED";
        return new ReplayFinding(seq, f.ruleId(), kind, f.retourCode(), o.type() == null ? null : o.type().name(),
                o.identificatie(), o.sender(), o.receiver(), e.file(), f.subject().toewijzingNummer(),
                f.subject().referentie(), f.subject().bsnMasked(), f.location().path(), f.text());
    }

    private static void writeAnswer(Path dir, int seq, Outcome.Response r) throws IOException {
        Files.write(dir.resolve(String.format("%05d-%s-%s.xml", seq, r.type().key(), r.identificatie())), r.xml());
    }
}
