package nl.ijw.gateway.cli.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.ijw.gateway.monitor.Worklist;
import nl.ijw.gateway.monitor.WorklistItem;

/**
 * The worklist as CSV (RFC 4180 quoting, LF line ends): a header row, then the overdue items, the
 * allocations without start and what the municipality owes, each oldest first. Dates ISO, the
 * client masked. ';' is what Dutch Excel opens as columns; its download starts with a UTF-8 byte
 * order mark ({@link #bytes}), as the report's CSV does.
 */
public final class WorklistCsv {

    static final List<String> COLUMNS = List.of("list", "rule", "provider", "municipality", "awaitedFrom", "due",
            "workingDaysOverdue", "toewijzingNummer", "client", "waitingType", "waitingIdentificatie", "asOfDate");

    private WorklistCsv() {
    }

    public static String render(Worklist w, char separator) {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("CSV separator '" + separator + "': expected ';' or ','");
        }
        String sep = String.valueOf(separator);
        StringBuilder out = new StringBuilder(String.join(sep, COLUMNS)).append('\n');
        for (WorklistItem i : w.all()) {
            out.append(Stream.of(i.kind().name(), i.rule(), i.provider(), i.municipality(), i.awaitedFrom().name(),
                            i.due(), i.workingDaysOverdue(), i.toewijzingNummer(), i.clientMasked(), i.waitingType(),
                            i.waitingIdentificatie(), w.asOfDate())
                    .map(c -> CsvReport.cell(c == null ? "" : c.toString(), separator))
                    .collect(Collectors.joining(sep))).append('\n');
        }
        return out.toString();
    }

    /** The download: UTF-8, with a byte order mark for ';' (Dutch Excel). */
    public static byte[] bytes(Worklist w, char separator) {
        return ((separator == ';' ? "\uFEFF" : "") + render(w, separator)).getBytes(StandardCharsets.UTF_8);
    }
}
