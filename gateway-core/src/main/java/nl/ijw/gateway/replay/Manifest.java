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
 *
 * <p>Read in two passes, so that a replay's memory does not grow with the history: {@link #read}
 * checks every line (times, files) and keeps only the count and the first and last receipt time;
 * each {@link #pass()} reads the file again, one entry at a time. Only a manifest sorted here, or
 * made by hand ({@link #Manifest(Path, List)}), holds its entries in memory.
 */
public final class Manifest {

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

    /** The entries received up to a moment: how many, and the first and last receipt time (null when none). */
    public record Span(int count, Instant first, Instant last) {
    }

    private final Path dir;
    /** Read again at each pass; null when the entries are held. */
    private final Path csv;
    private final List<Entry> held;
    /** The entries of the file once {@link #entries()} asked for them all. */
    private List<Entry> loaded;
    private final int size;
    private final Instant first;
    private final Instant last;

    /** A manifest held in memory, in this order. */
    public Manifest(Path dir, List<Entry> entries) {
        this.dir = dir;
        this.csv = null;
        this.held = entries instanceof CompactEntries ? entries : List.copyOf(entries);
        this.size = held.size();
        this.first = held.isEmpty() ? null : held.get(0).receivedAt();
        this.last = held.isEmpty() ? null : held.get(held.size() - 1).receivedAt();
    }

    private Manifest(Path dir, Path csv, int size, Instant first, Instant last) {
        this.dir = dir;
        this.csv = csv;
        this.held = null;
        this.size = size;
        this.first = first;
        this.last = last;
    }

    /** Reads a manifest whose receipt times must not decrease. */
    public static Manifest read(Path historyDir) throws IOException {
        return read(historyDir, Order.AS_LISTED);
    }

    /**
     * Checks every line. A manifest in time order is kept on file (read again at each pass); one
     * to be sorted is held, sorted, in memory (about 20 bytes and the file name a message).
     */
    public static Manifest read(Path historyDir, Order order) throws IOException {
        Path csv = historyDir.resolve("manifest.csv");
        if (!Files.isRegularFile(csv)) {
            throw new ManifestException(csv + ": not found (a history is a folder with a manifest.csv)");
        }
        Check check = new Check();
        try (Lines lines = new Lines(historyDir, csv, true)) {
            for (Entry e = lines.next(); e != null; e = lines.next()) {
                check.add(e);
            }
        }
        if (check.decrease == null || order == Order.AS_LISTED) {
            check.refuseDecreasing(csv);
            return new Manifest(historyDir, csv, check.count, check.first, check.before);
        }
        CompactEntries entries = new CompactEntries(historyDir);
        try (Lines lines = new Lines(historyDir, csv, false)) {
            for (Entry e = lines.next(); e != null; e = lines.next()) {
                entries.append(e);
            }
        }
        entries.sortByReceiptTime();
        return new Manifest(historyDir, entries);
    }

    /** The folder the files are relative to. */
    public Path dir() {
        return dir;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The first receipt time; null when the manifest lists nothing. */
    public Instant first() {
        return first;
    }

    /**
     * A warning when {@code asOf} lies before the first message, so nothing would be replayed. A
     * replay as of such a moment is valid, but rarely what was meant.
     */
    public java.util.Optional<String> beforeFirst(Instant asOf) {
        if (asOf == null || first == null || !asOf.isBefore(first)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("warning: --as-of " + words(asOf) + " lies before the first message of the"
                + " history (received " + words(first) + "), so no message is replayed");
    }

    /** The last receipt time; null when the manifest lists nothing. */
    public Instant last() {
        return last;
    }

    /**
     * All entries in memory, read once and kept: for tools and tests on small histories. A
     * replay reads them with {@link #pass()} instead, one at a time.
     */
    public List<Entry> entries() throws IOException {
        if (held != null) {
            return held;
        }
        if (loaded == null) {
            loaded = read(size);
        }
        return loaded;
    }

    /** The first {@code n} entries, held compactly; this manifest itself when it has no more. */
    public Manifest first(int n) throws IOException {
        if (n >= size) {
            return this;
        }
        return new Manifest(dir, held != null ? held.subList(0, n) : read(n));
    }

    /** The first n entries of the file, about 20 bytes and the file name each. */
    private CompactEntries read(int n) throws IOException {
        CompactEntries some = new CompactEntries(dir);
        try (Pass p = pass()) {
            for (Entry e = p.next(); e != null && some.size() < n; e = p.next()) {
                some.append(e);
            }
        }
        return some;
    }

    /** One pass over the entries in order; close it when done. */
    public Pass pass() throws IOException {
        if (held != null) {
            java.util.Iterator<Entry> it = held.iterator();
            return new Pass() {
                @Override
                public Entry next() {
                    return it.hasNext() ? it.next() : null;
                }

                @Override
                public void close() {
                }
            };
        }
        return new FilePass(new Lines(dir, csv, false));
    }

    /** A pass over the file that the check read before: it must find the same count, still in time order. */
    private final class FilePass implements Pass {
        private final Lines lines;
        private int count;
        private Instant before;

        FilePass(Lines lines) {
            this.lines = lines;
        }

        @Override
        public Entry next() throws IOException {
            Entry e = lines.next();
            boolean changed = e == null ? count != size
                    : ++count > size || before != null && e.receivedAt().isBefore(before);
            if (changed) {
                throw new ManifestException(csv + ": changed while it was being read; replay again");
            }
            before = e == null ? before : e.receivedAt();
            return e;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    /** The entries received up to {@code end}: a pass over the manifest unless end is at or after the last. */
    public Span upTo(Instant end) throws IOException {
        if (last == null || !end.isBefore(last)) {
            return new Span(size, first, last);
        }
        int count = 0;
        Instant lastIn = null;
        try (Pass p = pass()) {
            for (Entry e = p.next(); e != null && !e.receivedAt().isAfter(end); e = p.next()) {
                count++;
                lastIn = e.receivedAt();
            }
        }
        return count == 0 ? new Span(0, null, null) : new Span(count, first, lastIn);
    }

    /** Entries of a pass, in order. */
    public interface Pass extends AutoCloseable {
        /** The next entry, or null after the last. */
        Entry next() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** What the checking pass keeps: a count, the first and the previous receipt time, the first decrease. */
    private static final class Check {
        int count;
        Instant first;
        Instant before;
        int beforeLine;
        Entry decrease;
        Instant decreaseBefore;
        int decreaseBeforeLine;

        void add(Entry e) {
            count++;
            if (first == null) {
                first = e.receivedAt();
            }
            if (decrease == null && before != null && e.receivedAt().isBefore(before)) {
                decrease = e;
                decreaseBefore = before;
                decreaseBeforeLine = beforeLine;
            }
            before = e.receivedAt();
            beforeLine = e.line();
        }

        void refuseDecreasing(Path csv) {
            if (decrease != null) {
                throw new ManifestException(csv + ":" + decrease.line() + ": received at " + words(decrease.receivedAt())
                        + ", earlier than line " + decreaseBeforeLine + " (" + words(decreaseBefore) + ");"
                        + " receipt times must not decrease, as the engine's clock would run backwards."
                        + " Put the lines in time order, or replay with --sort to sort them by receipt time");
            }
        }
    }

    /** The entries of the file, one at a time; {@code check} also checks that each file is there. */
    private static final class Lines implements AutoCloseable {
        private final Path dir;
        private final Path csv;
        private final boolean check;
        private final Reader in;
        private final ManifestCsv.Rows rows;
        private int[] columns;

        Lines(Path dir, Path csv, boolean check) throws IOException {
            this.dir = dir;
            this.csv = csv;
            this.check = check;
            this.in = new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8.newDecoder());
            try {
                this.rows = utf8(csv, () -> ManifestCsv.rows(in, csv.toString()));
                ManifestCsv.Row header = nextRow();
                columns = columns(csv, header == null ? List.of() : header.fields());
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        Entry next() throws IOException {
            for (ManifestCsv.Row row = nextRow(); row != null; row = nextRow()) {
                if (!row.blank() && !row.fields().get(0).strip().startsWith("#")) {
                    return entry(dir, csv, row, columns, check);
                }
            }
            return null;
        }

        private ManifestCsv.Row nextRow() throws IOException {
            return utf8(csv, rows::next);
        }

        private interface Read<T> {
            T get() throws IOException;
        }

        private static <T> T utf8(Path csv, Read<T> read) throws IOException {
            try {
                return read.get();
            } catch (CharacterCodingException e) {
                throw new ManifestException(csv + ": not UTF-8 text; save it as CSV UTF-8 (in Excel: CSV UTF-8 (comma delimited))");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
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

    private static Entry entry(Path dir, Path csv, ManifestCsv.Row row, int[] columns, boolean check) {
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
        if (check && Files.isDirectory(path)) {
            throw new ManifestException(csv + ":" + line + ": '" + file + "' is a folder, where a message file is"
                    + " expected; name one XML file on each line, as messages/jw301.xml");
        }
        if (check && !Files.isRegularFile(path)) {
            throw new ManifestException(csv + ":" + line + ": file '" + file + "' not found");
        }
        if (check && !Files.isReadable(path)) {
            throw new ManifestException(csv + ":" + line + ": file '" + file + "' cannot be read (permission denied)");
        }
        return new Entry(line, parseTime(csv, line, when), file, path);
    }

    /** A --as-of value: ISO-8601 with offset, or a local date-time (or date) in Europe/Amsterdam. */
    public static Instant parseAsOf(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return java.time.LocalDate.parse(value).plusDays(1).atStartOfDay(AMSTERDAM).toInstant().minusNanos(1);
            }
            return parseTime(Path.of("--as-of"), 0, value);
        } catch (ManifestException | DateTimeParseException e) { // a day that does not exist (2026-02-30) as well
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

        /** A history without a single message: every command that reads one refuses it in these words. */
        public static ManifestException noMessages(String history) {
            return new ManifestException(history + ": the manifest lists no messages (only its header line), so there"
                    + " is nothing to replay or report; add a line receivedAt,file for each message, or give another history");
        }
    }
}
