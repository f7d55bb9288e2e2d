package nl.ijw.gateway.monitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.report.Basis;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.sap.report.SapReportBuilder;
import nl.ijw.gateway.sap.report.SapReports;
import nl.ijw.gateway.store.ExpectationLedger;
import nl.ijw.gateway.store.ExpectationOutcome;

/**
 * The auditor report restricted by scope. It filters the report's input (the expectations) rather
 * than its output, so every figure of a scoped report is computed exactly as {@code sap-report}
 * computes it, over fewer rows. Stateless: each call opens and closes its own connection, so one
 * instance serves concurrent requests.
 */
public final class Compliance {

    private final MonitorStore store;
    private final SapTracker sap;

    public Compliance(MonitorStore store, SapTracker sap) {
        this.store = Objects.requireNonNull(store, "store");
        this.sap = Objects.requireNonNull(sap, "sap");
    }

    /** Every due date, as of that moment. */
    public ComplianceReport of(Scope scope, Instant asOf) {
        return of(scope, asOf, null, null);
    }

    /** Due dates in [from, to] (either may be null: open). */
    public ComplianceReport of(Scope scope, Instant asOf, LocalDate from, LocalDate to) {
        SapReports reports = new SapReports(sap, from, to);
        SapReportBuilder rest = reports.builder(asOf);
        Set<String> otherMunicipalities = new TreeSet<>();
        boolean aggregate = !scope.everything() && !scope.municipalities().isEmpty();
        SapReport report;
        try (ExpectationLedger ledger = ExpectationLedger.open(store.config())) {
            report = reports.report(ledger, Basis.dataDirectory(store.name()), asOf,
                    e -> inScope(scope, e), e -> {
                        if (aggregate) {
                            rest.add(e);
                            String m = PartyCodes.municipality(e.sender(), e.receiver());
                            if (m != null) {
                                otherMunicipalities.add(m);
                            }
                        }
                    });
        }
        if (!aggregate) {
            return new ComplianceReport(scope, report, null, 0);
        }
        SapReport others = new SapReport(report.basis(), asOf, from, to, report.rules(), rest.lines());
        return new ComplianceReport(scope, report, others.overall(), otherMunicipalities.size());
    }

    /** The message that waits is between a party of the scope and another. */
    static boolean inScope(Scope scope, ExpectationOutcome e) {
        return scope.sees(e.sender(), e.receiver());
    }
}
