package nl.ijw.gateway.cli.report;

import java.util.List;
import java.util.stream.Collectors;

import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.Line;
import nl.ijw.gateway.sap.report.SapReport;

/**
 * The report as CSV (RFC 4180 quoting, LF line ends): a header row, then every line in report
 * order. Totals have rule {@code TOTAL}; the overall totals provider {@code ALL}. Empty cells:
 * no percentage when nothing was due, no median or p90 when nothing came late.
 */
public final class CsvReport {

    static final String HEADER = "provider,rule,awaitedFrom,due,onTime,late,overdue,pending,withoutStart,onTimePercent,"
            + "medianWorkingDaysLate,p90WorkingDaysLate";

    private CsvReport() {
    }

    static String render(SapReport r) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Line l : r.lines()) {
            Figures f = l.figures();
            List<Object> cells = List.of(l.provider(), l.rule(), l.awaitedFrom().name(), f.due(), f.onTime(), f.late(),
                    f.overdue(), f.pending(), f.withoutStart(), text(f.onTimePercent()), text(f.medianWorkingDaysLate()),
                    text(f.p90WorkingDaysLate()));
            out.append(cells.stream().map(c -> cell(c.toString())).collect(Collectors.joining(","))).append('\n');
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String cell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
