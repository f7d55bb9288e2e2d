package nl.ijw.gateway.monitor;

import java.util.Objects;

import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.SapReport;

/**
 * The auditor report as one monitor user may see it.
 *
 * @param report             the figures, ranking, trend and drill-down of the expectations in scope
 *                           (the message that waits has a party of the scope as sender or receiver);
 *                           for {@code *} the whole report, as {@code sap-report} gives it
 * @param others             for a scope naming a municipality: one aggregated line over the rest of
 *                           the deployment (totals only: no items, ids or BSNs); null for {@code *}
 *                           and for a provider's scope, who see no one else's figures at all
 * @param otherMunicipalities how many other municipalities that line sums (0 when none)
 */
public record ComplianceReport(Scope scope, SapReport report, Figures others, int otherMunicipalities) {

    public ComplianceReport {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(report, "report");
    }

    public boolean hasOthers() {
        return others != null;
    }
}
