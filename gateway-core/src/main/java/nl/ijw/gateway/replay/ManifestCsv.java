package nl.ijw.gateway.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a manifest as a spreadsheet saves them (RFC 4180): a UTF-8 byte order mark is
 * skipped, lines end in LF or CRLF, fields may be quoted ({@code "a,b"}, {@code ""} for a quote,
 * even a line break inside), and the separator is a comma or, as Dutch Excel saves CSV, a
 * semicolon: whichever the header line holds outside quotes (a comma when both). Read as a
 * stream, one row at a time: a manifest of millions of lines never sits in memory whole.
 */
final class ManifestCsv {

    /** How far ahead the separator is looked for: the header line must end within it. */
    private static final int HEADER_LIMIT = 1 << 16;

    /** One record and the line it starts on (1-based), for error messages. */
    record Row(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private ManifestCsv() {
    }

    /** The rows of {@code in}, one at a time as asked for: the reader is the caller's to close. */
    static Rows rows(Reader in, String name) throws IOException {
        BufferedReader r = new BufferedReader(in, 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return new Rows(separator(r), name, r);
    }

    /** ';' when the header holds one outside quotes and no comma; else ','. Leaves the reader where it was. */
    private static char separator(BufferedReader r) throws IOException {
        r.mark(HEADER_LIMIT);
        try {
            boolean quoted = false;
            boolean semicolon = false;
            for (int n = 0, c = r.read(); c >= 0 && n < HEADER_LIMIT - 1; n++, c = r.read()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ',') {
                    return ',';
                } else if (!quoted && c == ';') {
                    semicolon = true;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                }
            }
            return semicolon ? ';' : ',';
        } finally {
            r.reset();
        }
    }

    /** One pass over the rows: the field and row being built and the line counters. */
    static final class Rows {
        private final char sep;
        private final String name;
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private int rowLine = 1;
        private boolean quoted;
        private int quoteLine;
        private final char[] buf = new char[1 << 14];
        private int pos;
        private int end;
        private final Reader in;
        /** The character read ahead; -2 before the first. */
        private int c = -2;

        private Rows(char sep, String name, Reader in) {
            this.sep = sep;
            this.name = name;
            this.in = in;
        }

        /** The next character, or -1 at the end: read in blocks, as a reader's read() per character locks each time. */
        private int read() throws IOException {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        /** The next row, or null after the last. */
        Row next() throws IOException {
            if (c == -2) {
                c = read();
            }
            while (c >= 0) {
                int next = read();
                if (quoted) {
                    if (c == '"' && next == '"') {
                        field.append('"');
                        next = read();
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        field.append((char) c);
                    }
                } else if (c == '"' && blank(field)) {
                    quoted = true;
                    quoteLine = line;
                    field.setLength(0);
                } else if (c == sep) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && next == '\n') {
                        next = read();
                    }
                    Row row = endRow();
                    line++;
                    rowLine = line;
                    c = next;
                    return row;
                } else {
                    field.append((char) c);
                }
                c = next;
            }
            if (quoted) {
                throw new Manifest.ManifestException(name + ":" + quoteLine + ": a quoted field is not closed"
                        + " (a \" without its closing \")");
            }
            return field.length() > 0 || !fields.isEmpty() ? endRow() : null;
        }

        /** Only white space so far (a quote opens a field only there), checked without a copy of the field. */
        private static boolean blank(StringBuilder s) {
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private Row endRow() {
            fields.add(field.toString());
            field.setLength(0);
            Row row = new Row(rowLine, List.copyOf(fields));
            fields.clear();
            return row;
        }
    }
}
