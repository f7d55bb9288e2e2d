package nl.ijw.gateway.sap.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.ExpectationLedger;

/**
 * Builds the SAP compliance report from a gateway data directory or from a history. The rules
 * reported are the enabled deadline rules of the SAP configuration; NO_START is a monitoring
 * signal, not a deadline, and is left out (allocations without start are counted on OP271's line
 * instead, apart from what was due). Everything is as of one moment: messages received after it and
 * what they created or met do not count.
 */
public final class SapReports {

    private final SapTracker sap;
    private final LocalDate from;
    private final LocalDate to;

    /**
     * @param from first due date reported (inclusive), or null
     * @param to   last due date reported (inclusive), or null
     */
    public SapReports(SapTracker sap, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        this.sap = Objects.requireNonNull(sap, "sap");
        this.from = from;
        this.to = to;
    }

    /** The store of a gateway data directory, read-only; refused when it holds no database. */
    public SapReport fromDataDir(Path dataDir, Instant asOf) {
        try (ExpectationLedger ledger = ExpectationLedger.openDataDir(dataDir)) {
            return report(ledger, Basis.dataDirectory(dataDir.toString()), asOf);
        }
    }

    /**
     * Replays a history into a fresh temporary store with this report's SAP configuration, then
     * reports from it. asOf null: the last receipt time, as the replay's default, so the watch has run
     * at the as-of moment.
     */
    public SapReport fromHistory(Path history, GatewayCore core, Instant asOf) throws IOException {
        return fromHistory(Manifest.read(history), history.toString(), core, asOf);
    }

    /** As {@link #fromHistory(Path, GatewayCore, Instant)}, for a manifest already read (a zip, a folder without one). */
    public SapReport fromHistory(Manifest manifest, String name, GatewayCore core, Instant asOf) throws IOException {
        List<Manifest.Entry> entries = manifest.entries();
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(name + ": the manifest lists no messages");
        }
        Instant end = asOf != null ? asOf : entries.get(entries.size() - 1).receivedAt();
        // As of a moment: only the messages received up to it (the replay skips the others too).
        List<Manifest.Entry> upTo = entries.stream().filter(e -> !e.receivedAt().isAfter(end)).toList();
        Basis basis = new Basis(Basis.Source.HISTORY, name, upTo.size(),
                upTo.isEmpty() ? null : date(upTo.get(0).receivedAt()),
                upTo.isEmpty() ? null : date(upTo.get(upTo.size() - 1).receivedAt()));
        Path tmp = Files.createTempDirectory("ijw-sap-report");
        try {
            GatewayCore withSap = new GatewayCore(core.validator(), core.rules(), core.config(), core.responder(), sap);
            new Replay(withSap).run(manifest, tmp, end, false);
            try (ExpectationLedger ledger = ExpectationLedger.openDataDir(tmp)) {
                return report(ledger, basis, end);
            }
        } finally {
            delete(tmp);
        }
    }

    /** The enabled deadline rules of the configuration, by id. */
    public List<SapRule> reportedRules() {
        return sap.config().rules().values().stream()
                .filter(r -> r.enabled() && r.kind() == SapFinding.Kind.OVERDUE)
                .sorted(Comparator.comparing(SapRule::id)).toList();
    }

    private SapReport report(ExpectationLedger ledger, Basis basis, Instant asOf) {
        List<SapRule> rules = reportedRules();
        SapReportBuilder builder = new SapReportBuilder(sap.calendar(), date(asOf));
        ledger.forEach(rules.stream().map(SapRule::id).toList(), from, to, asOf, builder::add);
        return new SapReport(basis, asOf, from, to, rules, builder.lines());
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
