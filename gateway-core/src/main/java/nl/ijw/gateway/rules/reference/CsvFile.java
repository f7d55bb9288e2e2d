package nl.ijw.gateway.rules.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The small CSV dialect of the gateway's reference files: UTF-8, comma-separated, a value may be
 * double-quoted (to contain a comma; "" is a quote), lines starting with {@code #} and blank lines
 * are skipped, and a first line whose first cell equals {@code headerFirstCell} is a header.
 */
final class CsvFile {

    private CsvFile() {
    }

    /** One data line: its cells (trimmed) and its 1-based line number, for error messages. */
    record Row(int line, List<String> cells) {

        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    static List<Row> read(Path file, String headerFirstCell) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), headerFirstCell);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static List<Row> read(InputStream in, String name, String headerFirstCell) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        boolean first = true;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> cells = split(trimmed, name, n);
            if (first && cells.get(0).equalsIgnoreCase(headerFirstCell)) {
                first = false;
                continue;
            }
            first = false;
            rows.add(new Row(n, cells));
        }
        return rows;
    }

    static List<String> split(String line, String name, int n) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(name + " line " + n + ": unclosed quote");
        }
        cells.add(cur.toString().strip());
        return cells;
    }

    static IllegalArgumentException error(String name, Row row, String text) {
        return new IllegalArgumentException(name + " line " + row.line() + ": " + text);
    }
}
