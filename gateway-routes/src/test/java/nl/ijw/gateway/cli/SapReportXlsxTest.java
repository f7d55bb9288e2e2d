package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sap-report --format xlsx} read back with Apache POI: sheets, real numbers and dates, same bytes twice. */
class SapReportXlsxTest {

    @TempDir
    Path tmp;

    @Test
    void oneSheetPerTableWithNumbersAndDates() throws IOException {
        Path xlsx = tmp.resolve("report.xlsx");
        ValidateCommandTest.Run r = ValidateCommandTest.run("sap-report", TimelineCommandTest.HISTORY.toString(),
                "--format", "xlsx", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("Rapport", "Ranglijst", "Per aanbieder", "Trend per maand", "Te laat en ontbrekend",
                    "Zonder start"), sheets);

            Sheet about = wb.getSheet("Rapport");
            assertEquals(LocalDate.parse("2027-01-05"), date(about.getRow(1).getCell(1)), "as-of date, a real date");
            assertEquals(CellType.BLANK, about.getRow(2).getCell(1).getCellType(), "no lower bound: open period");

            Row ranked = wb.getSheet("Ranglijst").getRow(1);
            assertEquals("41836207", ranked.getCell(0).getStringCellValue());
            // Ranked on what the provider owed itself: 5 of 8 on time, 2 overdue (both sides: 9 of 16, 6).
            assertEquals(0.625, ranked.getCell(1).getNumericCellValue(), 1e-9, "62.5 % as a number");
            assertEquals("0.0%", ranked.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(8, ranked.getCell(2).getNumericCellValue(), "due");
            assertEquals(2, ranked.getCell(5).getNumericCellValue(), "overdue");

            Sheet items = wb.getSheet("Te laat en ontbrekend");
            assertEquals(1 + 7, items.getPhysicalNumberOfRows(), "header and the seven late or overdue items");
            Row late = null;
            for (Row row : items) {
                if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals("LATE")) {
                    late = row;
                }
            }
            assertTrue(late != null, "the late start is listed");
            assertEquals("G26T12232", late.getCell(5).getStringCellValue());
            assertEquals("48210604", late.getCell(6).getStringCellValue());
            assertEquals(LocalDate.parse("2026-12-31"), date(late.getCell(7)));
            assertEquals(LocalDate.parse("2027-01-04"), date(late.getCell(8)));
            assertEquals(1, late.getCell(9).getNumericCellValue());
            assertEquals("AB2701041", late.getCell(11).getStringCellValue());
            assertEquals(2, wb.getSheet("Zonder start").getPhysicalNumberOfRows(), "Noor's allocation");
            // No due date, kind or working days late for an allocation without start: OP271 is not judged yet.
            Row noStartHead = wb.getSheet("Zonder start").getRow(0);
            assertEquals(5, noStartHead.getLastCellNum(), "provider, allocation, its message, provisional date");
            assertEquals("Voorlopige datum (geen termijn) / provisional date (no deadline)",
                    noStartHead.getCell(4).getStringCellValue());
            Row noStart = wb.getSheet("Zonder start").getRow(1);
            assertEquals("JW301", noStart.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, noStart.getCell(4).getCellType(), "a real date");
        }
        Path again = tmp.resolve("again.xlsx");
        ValidateCommandTest.run("sap-report", TimelineCommandTest.HISTORY.toString(), "--format", "xlsx", "--out",
                again.toString());
        assertArrayEquals(Files.readAllBytes(xlsx), Files.readAllBytes(again), "deterministic");
    }

    @Test
    void xlsxNeedsAFile() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("sap-report", TimelineCommandTest.HISTORY.toString(),
                "--format", "xlsx");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format xlsx writes a binary file: give --out FILE"), r.err());
    }

    private static LocalDate date(Cell c) {
        assertEquals(CellType.NUMERIC, c.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(c), "formatted as a date");
        return c.getLocalDateTimeCellValue().toLocalDate();
    }
}
