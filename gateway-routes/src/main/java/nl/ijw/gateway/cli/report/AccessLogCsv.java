package nl.ijw.gateway.cli.report;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.ijw.gateway.monitor.AccessEntry;
import nl.ijw.gateway.sap.SapTracker;

/**
 * The access log as CSV for the privacy officer's export: one row per unmasked view, oldest first,
 * the time in Europe/Amsterdam with its offset, the BSN in clear (the export is the privacy
 * officer's, who must be able to answer a client's request about their data).
 */
public final class AccessLogCsv {

    static final List<String> COLUMNS = List.of("id", "viewedAt", "user", "role", "bsn", "reason", "viewed");

    private AccessLogCsv() {
    }

    public static String render(List<AccessEntry> entries, char separator) {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("CSV separator '" + separator + "': expected ';' or ','");
        }
        String sep = String.valueOf(separator);
        StringBuilder out = new StringBuilder(String.join(sep, COLUMNS)).append('\n');
        for (AccessEntry e : entries) {
            out.append(Stream.of(String.valueOf(e.id()),
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.viewedAt().atZone(SapTracker.AMSTERDAM)),
                            e.user(), e.role(), e.bsn(), e.reason(), e.viewed())
                    .map(c -> CsvReport.cell(c, separator)).collect(Collectors.joining(sep))).append('\n');
        }
        return out.toString();
    }

    /** The download: UTF-8, with a byte order mark for ';' (Dutch Excel). */
    public static byte[] bytes(List<AccessEntry> entries, char separator) {
        return ((separator == ';' ? "\uFEFF" : "") + render(entries, separator)).getBytes(StandardCharsets.UTF_8);
    }
}
