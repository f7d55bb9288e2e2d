package nl.ijw.gateway.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.cli.report.AccessLogCsv;
import nl.ijw.gateway.cli.report.WorklistCsv;
import nl.ijw.gateway.cli.report.WorklistXlsx;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;

/** The worklist's CSV and xlsx downloads and the access log's export, read back. */
class WorklistDownloadsTest {

    @TempDir
    static Path tmp;
    static MonitorData data;
    static Worklist worklist;

    @BeforeAll
    static void replay() throws IOException {
        data = MonitorData.make(tmp);
        worklist = new Worklists(data.store(), SapTracker.standard()).of(Scope.all(), data.asOf());
    }

    @Test
    void dutchCsvHasOneRowPerItemInListOrder() {
        byte[] bytes = WorklistCsv.bytes(worklist, ';');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFlist;rule;provider;municipality;awaitedFrom;due;workingDaysOverdue;"), text);
        List<String> rows = text.substring(1).lines().skip(1).toList();
        assertEquals(worklist.all().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i).split(";", -1);
            WorklistItem it = worklist.all().get(i);
            assertEquals(12, c.length, rows.get(i));
            assertEquals(it.kind().name(), c[0]);
            assertEquals(it.rule(), c[1]);
            assertEquals(it.provider(), c[2]);
            assertEquals(it.due(), LocalDate.parse(c[5]));
            assertEquals(it.workingDaysOverdue(), Integer.parseInt(c[6]));
            assertEquals(it.clientMasked() == null ? "" : it.clientMasked(), c[8]);
            assertEquals(worklist.asOfDate().toString(), c[11]);
        }
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("OVERDUE;")) && rows.stream().anyMatch(r -> r.startsWith("NO_START;"))
                && rows.stream().anyMatch(r -> r.startsWith("OWED_BY_MUNICIPALITY;")));
        data.codes("SELECT bsn FROM allocation").forEach(b -> assertFalse(text.contains(b), "BSN in clear"));
        assertTrue(WorklistCsv.render(worklist, ',').startsWith("list,rule,"));
    }

    @Test
    void xlsxHasASheetPerListWithDatesAndNumbersAndTheSameBytesTwice() throws IOException {
        byte[] bytes = WorklistXlsx.bytes(worklist);
        assertArrayEquals(bytes, WorklistXlsx.bytes(worklist), "deterministic");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("Ontbrekend", "Zonder start", "Gemeente moet nog"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            check(wb.getSheet("Ontbrekend"), worklist.overdue());
            check(wb.getSheet("Zonder start"), worklist.noStart());
            check(wb.getSheet("Gemeente moet nog"), worklist.owedByMunicipality());
            assertEquals("Werkdagen over tijd / working days overdue",
                    wb.getSheet("Ontbrekend").getRow(0).getCell(5).getStringCellValue());
            // A start is never overdue: the gateway cannot know when care began, so its sheet says so in its head.
            Row noStart = wb.getSheet("Zonder start").getRow(0);
            assertEquals("Start verwacht uiterlijk / start expected by", noStart.getCell(4).getStringCellValue());
            assertEquals("Werkdagen sindsdien / working days since then", noStart.getCell(5).getStringCellValue());
        }
    }

    private static void check(Sheet sh, List<WorklistItem> items) {
        assertEquals(items.size(), sh.getLastRowNum());
        for (int i = 0; i < items.size(); i++) {
            Row row = sh.getRow(i + 1);
            WorklistItem it = items.get(i);
            assertEquals(it.rule(), row.getCell(0).getStringCellValue());
            assertEquals(it.due(), row.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd-mm-yyyy", row.getCell(4).getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
            assertEquals(it.workingDaysOverdue(), (int) row.getCell(5).getNumericCellValue());
        }
    }

    @Test
    void theAccessLogExportQuotesWhatTheUserTyped() {
        Path store = tmp.resolve("access");
        try (Database db = Database.open(DatabaseConfig.h2File(store))) {
            AccessLog log = new AccessLog(MonitorStore.live(db, store), Clock.fixed(Instant.parse("2026-03-02T09:15:00Z"),
                    ZoneOffset.UTC));
            log.record("privacy", "privacy-officer", "999990019", "complaint; \"urgent\"", "timeline, BSN search");
            String csv = AccessLogCsv.render(log.list(null, null), ';');
            assertEquals("id;viewedAt;user;role;bsn;reason;viewed\n"
                    + "1;2026-03-02T10:15:00+01:00;privacy;privacy-officer;999990019;\"complaint; \"\"urgent\"\"\";"
                    + "timeline, BSN search\n", csv);
        }
    }
}
