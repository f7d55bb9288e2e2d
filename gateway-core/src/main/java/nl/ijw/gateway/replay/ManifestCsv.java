package nl.ijw.gateway.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a manifest as a spreadsheet saves them (RFC 4180): a UTF-8 byte order mark is
 * skipped, lines end in LF or CRLF, fields may be quoted ({@code "a,b"}, {@code ""} for a quote,
 * even a line break inside), and the separator is a comma or, as Dutch Excel saves CSV, a
 * semicolon: whichever the header line holds outside quotes (a comma when both).
 */
final class ManifestCsv {

    /** One record and the line it starts on (1-based), for error messages. */
    record Row(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private ManifestCsv() {
    }

    static List<Row> parse(String text, String name) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char sep = separator(text);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == sep) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new Manifest.ManifestException(name + ":" + quoteLine + ": a quoted field is not closed"
                    + " (a \" without its closing \")");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }

    /** ';' when the header holds one outside quotes and no comma; else ','. */
    private static char separator(String text) {
        boolean quoted = false;
        boolean semicolon = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
    }
}
