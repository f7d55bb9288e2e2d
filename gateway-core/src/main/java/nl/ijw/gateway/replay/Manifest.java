package nl.ijw.gateway.replay;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A history's {@code manifest.csv}: header {@code receivedAt,file}, then one message per line in
 * processing order. receivedAt is ISO-8601 with an offset, or a local date-time read as
 * Europe/Amsterdam; file is relative to the manifest. The same file may be listed twice (a resend).
 * Receipt times may not decrease (the engine's clock would run backwards); equal times keep their
 * manifest order. {@link Order#BY_RECEIPT_TIME} sorts such a manifest instead, stably.
 */
public record Manifest(Path dir, List<Entry> entries) {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** One line: when the message arrived and which file holds it. */
    public record Entry(int line, Instant receivedAt, String file, Path path) {
    }

    /** What to do with a manifest whose receipt times decrease somewhere. */
    public enum Order {
        /** Refuse it, naming the line. */
        AS_LISTED,
        /** Sort by receipt time; lines with the same time keep their order. */
        BY_RECEIPT_TIME
    }

    public Manifest {
        entries = entries instanceof CompactEntries ? entries : List.copyOf(entries);
    }

    /** Reads a manifest whose receipt times must not decrease. */
    public static Manifest read(Path historyDir) throws IOException {
        return read(historyDir, Order.AS_LISTED);
    }

    public static Manifest read(Path historyDir, Order order) throws IOException {
        Path csv = historyDir.resolve("manifest.csv");
        if (!Files.isRegularFile(csv)) {
            throw new ManifestException(csv + ": not found (a history is a folder with a manifest.csv)");
        }
        CompactEntries entries = new CompactEntries(historyDir); // about 20 bytes a message and its name
        int[][] columns = new int[1][];
        try (Reader in = new InputStreamReader(Files.newInputStream(csv),
                StandardCharsets.UTF_8.newDecoder())) {
            ManifestCsv.read(in, csv.toString(), row -> {
                if (columns[0] == null) {
                    columns[0] = columns(csv, row.fields());
                } else if (!row.blank() && !row.fields().get(0).strip().startsWith("#")) {
                    entries.append(entry(historyDir, csv, row, columns[0]));
                }
            });
        } catch (CharacterCodingException e) {
            throw new ManifestException(csv + ": not UTF-8 text; save it as CSV UTF-8 (in Excel: CSV UTF-8 (comma delimited))");
        }
        if (columns[0] == null) {
            columns(csv, List.of());
        }
        if (order == Order.BY_RECEIPT_TIME) {
            entries.sortByReceiptTime();
        } else {
            refuseDecreasing(csv, entries);
        }
        return new Manifest(historyDir, entries);
    }

    private static void refuseDecreasing(Path csv, List<Entry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            Entry before = entries.get(i - 1);
            Entry e = entries.get(i);
            if (e.receivedAt().isBefore(before.receivedAt())) {
                throw new ManifestException(csv + ":" + e.line() + ": received at " + words(e.receivedAt())
                        + ", earlier than line " + before.line() + " (" + words(before.receivedAt())
                        + "); receipt times must not decrease, as the engine's clock would run backwards."
                        + " Put the lines in time order, or replay with --sort to sort them by receipt time");
            }
        }
    }

    /** A receipt time as people read it: local date and time in Amsterdam, with its offset. */
    private static String words(Instant t) {
        return WORDS.format(t.atZone(AMSTERDAM));
    }

    private static final DateTimeFormatter WORDS =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm:ss (xxx)", Locale.ENGLISH);

    /**
     * Where receivedAt and file are in the header (any case, any order); other columns, as a
     * spreadsheet adds them, are ignored.
     */
    private static int[] columns(Path csv, List<String> header) {
        int when = -1;
        int file = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace(" ", "");
            if (name.equalsIgnoreCase("receivedAt") && when < 0) {
                when = i;
            } else if (name.equalsIgnoreCase("file") && file < 0) {
                file = i;
            }
        }
        if (when < 0 || file < 0) {
            throw new ManifestException(csv + ":1: header must be 'receivedAt,file' (columns receivedAt and file;"
                    + " other columns are ignored), got '" + String.join(",", header) + "'");
        }
        return new int[] {when, file};
    }

    private static Entry entry(Path dir, Path csv, ManifestCsv.Row row, int[] columns) {
        int line = row.line();
        List<String> fields = row.fields();
        if (fields.size() <= Math.max(columns[0], columns[1])) {
            throw new ManifestException(csv + ":" + line + ": expected 'receivedAt,file', got '"
                    + String.join(",", fields) + "'");
        }
        String when = fields.get(columns[0]).strip();
        String file = fields.get(columns[1]).strip();
        Path path = dir.resolve(file).normalize();
        if (!path.startsWith(dir.normalize())) {
            throw new ManifestException(csv + ":" + line + ": file '" + file + "' lies outside the history folder");
        }
        if (!Files.isRegularFile(path)) {
            throw new ManifestException(csv + ":" + line + ": file '" + file + "' not found");
        }
        if (!Files.isReadable(path)) {
            throw new ManifestException(csv + ":" + line + ": file '" + file + "' cannot be read (permission denied)");
        }
        return new Entry(line, parseTime(csv, line, when), file, path);
    }

    /** A --as-of value: ISO-8601 with offset, or a local date-time (or date) in Europe/Amsterdam. */
    public static Instant parseAsOf(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return java.time.LocalDate.parse(value).plusDays(1).atStartOfDay(AMSTERDAM).toInstant().minusNanos(1);
        }
        try {
            return parseTime(Path.of("--as-of"), 0, value);
        } catch (ManifestException e) {
            throw new ManifestException("--as-of '" + value + "' is not a date or time: give an ISO-8601 date"
                    + " (2026-03-02), a date-time with offset (2026-03-02T09:15:00+01:00) or without (2026-03-02T09:15:00,"
                    + " read as Europe/Amsterdam)");
        }
    }

    static Instant parseTime(Path csv, int line, String when) {
        try {
            return OffsetDateTime.parse(when).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(when).atZone(AMSTERDAM).toInstant();
            } catch (DateTimeParseException e) {
                throw new ManifestException(csv + ":" + line + ": receivedAt '" + when
                        + "' is not ISO-8601 (2026-03-02T09:15:00+01:00 or 2026-03-02T09:15:00)");
            }
        }
    }

    /** A manifest that cannot be read as a history. */
    public static final class ManifestException extends RuntimeException {
        public ManifestException(String message) {
            super(message);
        }
    }
}
