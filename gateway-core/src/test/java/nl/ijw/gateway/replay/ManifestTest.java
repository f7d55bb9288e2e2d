package nl.ijw.gateway.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest as a spreadsheet saves it is read; its errors keep their line numbers. */
class ManifestTest {

    @TempDir
    Path dir;

    @BeforeEach
    void messages() throws IOException {
        Files.createDirectories(dir.resolve("messages"));
        for (String f : List.of("a.xml", "b,c.xml", "d \"quoted\".xml")) {
            Files.writeString(dir.resolve("messages").resolve(f), "<x/>");
        }
    }

    private Manifest read(String text) throws IOException {
        Files.write(dir.resolve("manifest.csv"), text.getBytes(StandardCharsets.UTF_8));
        return Manifest.read(dir);
    }

    private static List<String> files(Manifest m) throws IOException {
        return m.entries().stream().map(Manifest.Entry::file).toList();
    }

    @Test
    void plainAsBefore() throws IOException {
        Manifest m = read("receivedAt,file\n2026-01-12T10:00:00,messages/a.xml\n# comment\n\n2026-01-13T10:00:00+01:00,messages/a.xml\n");
        assertEquals(List.of("messages/a.xml", "messages/a.xml"), files(m));
        assertEquals(Instant.parse("2026-01-12T09:00:00Z"), m.entries().get(0).receivedAt());
        assertEquals(List.of(2, 5), m.entries().stream().map(Manifest.Entry::line).toList());
    }

    @Test
    void excelCommaCsvWithBomCrlfQuotesAndExtraColumns() throws IOException {
        Manifest m = read("\uFEFFreceivedAt,file,note\r\n"
                + "2026-01-12T10:00:00,messages/a.xml,first\r\n"
                + "\"2026-01-12T11:00:00\",\"messages/b,c.xml\",\"a note, with a comma\"\r\n"
                + "2026-01-12T12:00:00,\"messages/d \"\"quoted\"\".xml\",\r\n");
        assertEquals(List.of("messages/a.xml", "messages/b,c.xml", "messages/d \"quoted\".xml"), files(m));
    }

    @Test
    void dutchExcelSemicolons() throws IOException {
        Manifest m = read("\uFEFFfile;receivedAt;opmerking\r\nmessages/b,c.xml;2026-01-12T10:00:00;\"eerste; met puntkomma\"\r\n"
                + "messages/a.xml;2026-01-12T10:00:00;\r\n");
        assertEquals(List.of("messages/b,c.xml", "messages/a.xml"), files(m), "columns by name, in any order");
    }

    @Test
    void aLineBreakInsideQuotesKeepsLineNumbersRight() throws IOException {
        Manifest.ManifestException e = assertThrows(Manifest.ManifestException.class, () -> read(
                "receivedAt,file,note\n2026-01-12T10:00:00,messages/a.xml,\"two\nlines\"\nyesterday,messages/a.xml,x\n"));
        assertTrue(e.getMessage().endsWith("manifest.csv:4: receivedAt 'yesterday' is not ISO-8601"
                + " (2026-03-02T09:15:00+01:00 or 2026-03-02T09:15:00)"), e.getMessage());
    }

    /**
     * The manifest is read as a stream in blocks of 16,384 characters: a CRLF, a doubled quote
     * or a quoted line break split over two blocks reads as it would in one.
     */
    @Test
    void aLongManifestReadsTheSameAcrossBlockBoundaries() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFreceivedAt,file,note\r\n");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            String file = i % 3 == 0 ? "messages/a.xml" : i % 3 == 1 ? "\"messages/b,c.xml\"" : "\"messages/d \"\"quoted\"\".xml\"";
            csv.append("2026-01-12T10:00:00,").append(file).append(i % 7 == 0 ? ",\"two\r\nlines\"" : ",x").append("\r\n");
        }
        Manifest m = read(csv.toString());
        assertEquals(n, m.entries().size());
        for (int i = 0; i < n; i++) {
            String file = List.of("messages/a.xml", "messages/b,c.xml", "messages/d \"quoted\".xml").get(i % 3);
            assertEquals(file, m.entries().get(i).file(), "row " + i);
            // each quoted line break before a row moves its line on by one
            assertEquals(2 + i + (i + 6) / 7, m.entries().get(i).line(), "row " + i);
        }
    }

    @Test
    void errorsKeepTheirLineNumbers() {
        Manifest.ManifestException header = assertThrows(Manifest.ManifestException.class, () -> read("when;what\n"));
        assertTrue(header.getMessage().contains("manifest.csv:1: header must be 'receivedAt,file'"), header.getMessage());
        Manifest.ManifestException missing = assertThrows(Manifest.ManifestException.class,
                () -> read("receivedAt,file\r\n2026-01-12T10:00:00,messages/a.xml\r\n2026-01-12T10:00:00,messages/zz.xml\r\n"));
        assertTrue(missing.getMessage().endsWith("manifest.csv:3: file 'messages/zz.xml' not found"), missing.getMessage());
        Manifest.ManifestException few = assertThrows(Manifest.ManifestException.class,
                () -> read("receivedAt,file\n2026-01-12T10:00:00\n"));
        assertTrue(few.getMessage().contains("manifest.csv:2: expected 'receivedAt,file'"), few.getMessage());
        Manifest.ManifestException open = assertThrows(Manifest.ManifestException.class,
                () -> read("receivedAt,file\n2026-01-12T10:00:00,\"messages/a.xml\n"));
        assertTrue(open.getMessage().contains("manifest.csv:2: a quoted field is not closed"), open.getMessage());
        Manifest.ManifestException latin1 = assertThrows(Manifest.ManifestException.class, () -> {
            Files.write(dir.resolve("manifest.csv"), "receivedAt,file\n2026-01-12T10:00:00,messages/\u00e9.xml\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            Manifest.read(dir);
        });
        assertTrue(latin1.getMessage().contains("not UTF-8 text"), latin1.getMessage());
    }

    /** Read in two passes: the check keeps only the count and the times; each pass reads the file again. */
    @Test
    void aPassReadsTheFileAgainAndKeepsNothingBefore() throws IOException {
        Manifest m = read("receivedAt,file\n2026-01-12T10:00:00+01:00,messages/a.xml\n2026-01-13T10:00:00+01:00,messages/a.xml\n"
                + "2026-01-14T10:00:00+01:00,messages/b,c.xml\n".replace("b,c", "a"));
        assertEquals(3, m.size());
        assertEquals(Instant.parse("2026-01-14T09:00:00Z"), m.last());
        assertEquals(new Manifest.Span(2, Instant.parse("2026-01-12T09:00:00Z"), Instant.parse("2026-01-13T09:00:00Z")),
                m.upTo(Instant.parse("2026-01-13T12:00:00Z")));
        assertEquals(new Manifest.Span(0, null, null), m.upTo(Instant.parse("2026-01-01T00:00:00Z")));
        assertEquals(List.of(2, 3), m.first(2).entries().stream().map(Manifest.Entry::line).toList());
        try (Manifest.Pass p = m.pass()) {
            assertEquals(2, p.next().line());
            assertEquals(3, p.next().line());
            assertEquals(4, p.next().line());
            assertEquals(null, p.next());
        }
    }

    /** A manifest edited between the check and the replay is refused, not replayed half old, half new. */
    @Test
    void aManifestChangedAfterItsCheckIsRefused() throws IOException {
        Manifest m = read("receivedAt,file\n2026-01-12T10:00:00,messages/a.xml\n2026-01-13T10:00:00,messages/a.xml\n");
        Files.writeString(dir.resolve("manifest.csv"), "receivedAt,file\n2026-01-12T10:00:00,messages/a.xml\n");
        Manifest.ManifestException shorter = assertThrows(Manifest.ManifestException.class, () -> {
            try (Manifest.Pass p = m.pass()) {
                while (p.next() != null) {
                    // read to the end
                }
            }
        });
        assertTrue(shorter.getMessage().endsWith("manifest.csv: changed while it was being read; replay again"),
                shorter.getMessage());
    }

    /** --sort holds only a manifest that is out of order; one in order is read as it goes. */
    @Test
    void sortingHoldsOnlyAManifestOutOfOrder() throws IOException {
        Files.writeString(dir.resolve("manifest.csv"),
                "receivedAt,file\n2026-01-13T10:00:00,messages/a.xml\n2026-01-12T10:00:00,messages/b,c.xml\n".replace("b,c", "a"));
        Manifest sorted = Manifest.read(dir, Manifest.Order.BY_RECEIPT_TIME);
        assertEquals(List.of(3, 2), sorted.entries().stream().map(Manifest.Entry::line).toList());
        Files.writeString(dir.resolve("manifest.csv"), "receivedAt,file\n2026-01-14T10:00:00,messages/a.xml\n");
        assertEquals(List.of(3, 2), sorted.entries().stream().map(Manifest.Entry::line).toList(), "held, not read again");
    }
}
