package nl.ijw.gateway.sap.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.ExpectationLedger;
import nl.ijw.gateway.store.ExpectationOutcome;

/**
 * Builds the SAP compliance report from a gateway data directory (a history is replayed into one
 * first, by the caller). The rules
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
            throw new IllegalArgumentException("--from " + from + " is after --to " + to + "; swap them: --from " + to
                    + " --to " + from + " (--from is the first of the due dates, --to the last)");
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
     * A store filled for this report (a history replayed into a fresh store, see
     * {@code replay.ReplayedStore}), described by its basis.
     */
    public SapReport fromDataDir(Path dataDir, Basis basis, Instant asOf) {
        try (ExpectationLedger ledger = ExpectationLedger.openDataDir(dataDir)) {
            return report(ledger, basis, asOf);
        }
    }

    /** The enabled deadline rules of the configuration, by id. */
    public List<SapRule> reportedRules() {
        return sap.config().rules().values().stream()
                .filter(r -> r.enabled() && r.kind() == SapFinding.Kind.OVERDUE)
                .sorted(Comparator.comparing(SapRule::id)).toList();
    }

    private SapReport report(ExpectationLedger ledger, Basis basis, Instant asOf) {
        return report(ledger, basis, asOf, e -> true, e -> { });
    }

    /**
     * The report over the expectations {@code keep} accepts (a monitor user's scope); the others
     * are handed to {@code rest} (for an aggregate of them), in the same single pass over the store.
     */
    public SapReport report(ExpectationLedger ledger, Basis basis, Instant asOf, Predicate<ExpectationOutcome> keep,
                            Consumer<ExpectationOutcome> rest) {
        List<SapRule> rules = reportedRules();
        SapReportBuilder builder = builder(asOf);
        ledger.forEach(rules.stream().map(SapRule::id).toList(), from, to, asOf, e -> {
            if (keep.test(e)) {
                builder.add(e);
            } else {
                rest.accept(e);
            }
        });
        return new SapReport(basis, asOf, from, to, rules, builder.lines(), builder.months(), builder.items());
    }

    /** A builder counting as this report does, as of that moment. */
    public SapReportBuilder builder(Instant asOf) {
        return new SapReportBuilder(sap.calendar(), date(asOf));
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    private static LocalDate date(Instant t) {
        return t.atZone(SapTracker.AMSTERDAM).toLocalDate();
    }
}
