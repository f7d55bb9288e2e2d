package nl.ijw.gateway.cli.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.Line;
import nl.ijw.gateway.sap.report.SapReport;

/**
 * The report as CSV (RFC 4180 quoting, LF line ends): a header row, then every line in report
 * order. Totals have rule {@code TOTAL}; the overall totals provider {@code ALL}. Empty cells:
 * no percentage when nothing was due, no median or p90 when nothing came late. Every row carries
 * the as-of date and the period (ISO dates; empty bound: open).
 *
 * <p>Separator ';' (the default of the command) is what Dutch Excel opens as columns: the
 * percentage then has a decimal comma. Separator ',' gives the international form, decimal point.
 */
public final class CsvReport {

    static final List<String> COLUMNS = List.of("provider", "rule", "awaitedFrom", "due", "onTime", "late", "overdue",
            "pending", "withoutStart", "onTimePercent", "medianWorkingDaysLate", "p90WorkingDaysLate", "asOfDate",
            "periodFrom", "periodTo");

    private CsvReport() {
    }

    public static String render(SapReport r) {
        return render(r, ',');
    }

    public static String render(SapReport r, char separator) {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("CSV separator '" + separator + "': expected ';' or ','");
        }
        String sep = String.valueOf(separator);
        StringBuilder out = new StringBuilder(String.join(sep, COLUMNS)).append('\n');
        for (Line l : r.lines()) {
            Figures f = l.figures();
            List<Object> cells = new ArrayList<>(List.of(l.provider(), l.rule(), l.awaitedFrom().name(), f.due(),
                    f.onTime(), f.late(), f.overdue(), f.pending(), f.withoutStart(), decimal(f.onTimePercent(), separator),
                    text(f.medianWorkingDaysLate()), text(f.p90WorkingDaysLate()), r.asOfDate(), text(r.from()), text(r.to())));
            out.append(cells.stream().map(c -> cell(c.toString(), separator)).collect(Collectors.joining(sep))).append('\n');
        }
        return out.toString();
    }

    private static String decimal(BigDecimal p, char separator) {
        return p == null ? "" : separator == ';' ? p.toPlainString().replace('.', ',') : p.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String cell(String s, char separator) {
        if (s.indexOf(separator) < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
