package nl.ijw.gateway.cli.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.Item;
import nl.ijw.gateway.sap.report.Line;
import nl.ijw.gateway.sap.report.MonthLine;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.store.ExpectationOutcome.MessageRef;

/**
 * The report as an Excel workbook (Apache POI): one sheet per table, counts as numbers, the on-time
 * share as a number formatted as a percentage, dates as dates (shown dd-mm-yyyy). The first sheet
 * says what the report is: as-of date, period, basis. The workbook's creation time is the as-of
 * moment, so the same report gives the same cells and properties.
 */
final class XlsxReport {

    private XlsxReport() {
    }

    static byte[] render(SapReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles s = new Styles(wb);
            wb.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(r.asOf())));
            wb.getProperties().getCoreProperties().setTitle("SAP-nalevingsrapportage / SAP compliance report");
            about(wb.createSheet("Rapport"), r, s);
            ranking(wb.createSheet("Ranglijst"), r, s);
            lines(wb.createSheet("Per aanbieder"), r, s);
            months(wb.createSheet("Trend per maand"), r, s);
            items(wb.createSheet("Te laat en ontbrekend"), r.items().stream().filter(i -> i.kind() != Item.Kind.WITHOUT_START)
                    .toList(), s);
            withoutStart(wb.createSheet("Zonder start"), r.items(Item.Kind.WITHOUT_START), s);
            wb.write(out);
            return stamped(out.toByteArray(), r.asOf().atZone(SapTracker.AMSTERDAM).toLocalDateTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same workbook re-zipped with every entry stamped with the as-of moment: POI stamps the
     * entries with the time of writing, and then the same report would not give the same bytes.
     */
    static byte[] stamped(byte[] xlsx, LocalDateTime at) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(at);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private record Styles(CellStyle head, CellStyle date, CellStyle percent) {
        Styles(XSSFWorkbook wb) {
            this(wb.createCellStyle(), wb.createCellStyle(), wb.createCellStyle());
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            percent.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0.0%"));
        }
    }

    private static void about(Sheet sh, SapReport r, Styles s) {
        row(sh, 0, s, "SAP-nalevingsrapportage / SAP compliance report");
        Row asOf = sh.createRow(1);
        asOf.createCell(0).setCellValue("Peildatum / as of");
        date(asOf.createCell(1), r.asOfDate(), s);
        Row from = sh.createRow(2);
        from.createCell(0).setCellValue("Periode vanaf / period from (due date)");
        date(from.createCell(1), r.from(), s);
        Row to = sh.createRow(3);
        to.createCell(0).setCellValue("Periode t/m / period to (due date)");
        date(to.createCell(1), r.to(), s);
        Row basis = sh.createRow(4);
        basis.createCell(0).setCellValue("Grondslag / basis");
        basis.createCell(1).setCellValue(r.basis().english());
        Row zone = sh.createRow(5);
        zone.createCell(0).setCellValue("Tijdzone / time zone");
        zone.createCell(1).setCellValue("Europe/Amsterdam");
        sh.setColumnWidth(0, 40 * 256);
        sh.setColumnWidth(1, 60 * 256);
    }

    private static void ranking(Sheet sh, SapReport r, Styles s) {
        head(sh, s, "Aanbieder / provider", "Op tijd / on time %", "Verwacht / due", "Op tijd / on time", "Te laat / late",
                "Ontbreekt / overdue", "Mediaan werkdagen te laat / median working days late", "Zonder start / without start");
        int i = 1;
        for (Line l : r.ranking()) {
            Row row = sh.createRow(i++);
            Figures f = l.figures();
            row.createCell(0).setCellValue(l.provider());
            percent(row.createCell(1), f.onTimePercent(), s);
            row.createCell(2).setCellValue(f.due());
            row.createCell(3).setCellValue(f.onTime());
            row.createCell(4).setCellValue(f.late());
            row.createCell(5).setCellValue(f.overdue());
            number(row.createCell(6), f.medianWorkingDaysLate());
            row.createCell(7).setCellValue(f.withoutStart());
        }
    }

    private static void lines(Sheet sh, SapReport r, Styles s) {
        head(sh, s, "Aanbieder / provider", "Regel / rule", "Te leveren door / awaited from", "Verwacht / due",
                "Op tijd / on time", "Te laat / late", "Ontbreekt / overdue", "Nog niet verlopen / pending",
                "Zonder start / without start", "Op tijd / on time %", "Mediaan / median", "P90");
        int i = 1;
        for (Line l : r.lines()) {
            Row row = sh.createRow(i++);
            Figures f = l.figures();
            row.createCell(0).setCellValue(l.provider());
            row.createCell(1).setCellValue(l.rule());
            row.createCell(2).setCellValue(l.awaitedFrom().name());
            int c = counts(row, 3, f);
            row.createCell(c).setCellValue(f.pending());
            row.createCell(c + 1).setCellValue(f.withoutStart());
            percent(row.createCell(c + 2), f.onTimePercent(), s);
            number(row.createCell(c + 3), f.medianWorkingDaysLate());
            number(row.createCell(c + 4), f.p90WorkingDaysLate());
        }
    }

    private static void months(Sheet sh, SapReport r, Styles s) {
        head(sh, s, "Aanbieder / provider", "Maand / month", "Verwacht / due", "Op tijd / on time", "Te laat / late",
                "Ontbreekt / overdue", "Op tijd / on time %");
        int i = 1;
        for (MonthLine m : r.months()) {
            Row row = sh.createRow(i++);
            row.createCell(0).setCellValue(m.provider());
            date(row.createCell(1), m.month().atDay(1), s);
            int c = counts(row, 2, m.figures());
            percent(row.createCell(c), m.figures().onTimePercent(), s);
        }
    }

    private static void items(Sheet sh, List<Item> items, Styles s) {
        head(sh, s, "Aanbieder / provider", "Regel / rule", "Soort / kind", "Te leveren door / awaited from",
                "Wachtend bericht / waiting message", "Identificatie", "ToewijzingNummer", "Uiterste datum / due date",
                "Ontvangen / actual date", "Werkdagen te laat / working days late", "Te laat bericht / late message",
                "Identificatie te laat bericht / of the late message");
        int i = 1;
        for (Item it : items) {
            Row row = sh.createRow(i++);
            row.createCell(0).setCellValue(it.provider());
            row.createCell(1).setCellValue(it.rule());
            row.createCell(2).setCellValue(it.kind().name());
            row.createCell(3).setCellValue(it.awaitedFrom().name());
            ref(row, 4, it.waiting());
            text(row.createCell(6), it.toewijzingNummer());
            date(row.createCell(7), it.due(), s);
            date(row.createCell(8), it.actual(), s);
            row.createCell(9).setCellValue(it.workingDaysLate());
            ref(row, 10, it.fulfilledBy());
        }
    }

    /**
     * The allocations without start, as the HTML lists them: no due date, kind or working days late,
     * since OP271 is judged only when the JW305 says when care began; the date is the provisional one.
     */
    private static void withoutStart(Sheet sh, List<Item> items, Styles s) {
        head(sh, s, "Aanbieder / provider", "ToewijzingNummer", "Toewijzing / allocation message", "Identificatie",
                "Voorlopige datum (geen termijn) / provisional date (no deadline)");
        int i = 1;
        for (Item it : items) {
            Row row = sh.createRow(i++);
            row.createCell(0).setCellValue(it.provider());
            text(row.createCell(1), it.toewijzingNummer());
            ref(row, 2, it.waiting());
            date(row.createCell(4), it.due(), s);
        }
    }

    private static int counts(Row row, int c, Figures f) {
        row.createCell(c).setCellValue(f.due());
        row.createCell(c + 1).setCellValue(f.onTime());
        row.createCell(c + 2).setCellValue(f.late());
        row.createCell(c + 3).setCellValue(f.overdue());
        return c + 4;
    }

    private static void ref(Row row, int c, MessageRef m) {
        text(row.createCell(c), m == null ? null : m.messageType());
        text(row.createCell(c + 1), m == null ? null : m.identificatie());
    }

    private static void head(Sheet sh, Styles s, String... names) {
        row(sh, 0, s, names);
        sh.createFreezePane(0, 1);
        for (int i = 0; i < names.length; i++) {
            sh.setColumnWidth(i, Math.min(60, Math.max(12, names[i].length() + 2)) * 256);
        }
    }

    private static void row(Sheet sh, int r, Styles s, String... names) {
        Row row = sh.createRow(r);
        for (int i = 0; i < names.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(s.head());
        }
    }

    private static void date(Cell c, LocalDate d, Styles s) {
        if (d != null) {
            c.setCellValue(d);
            c.setCellStyle(s.date());
        }
    }

    /** The percentage as the fraction Excel formats as a percentage (55.6 % is 0.556); empty when nothing was due. */
    private static void percent(Cell c, BigDecimal p, Styles s) {
        if (p != null) {
            c.setCellValue(p.movePointLeft(2).doubleValue());
            c.setCellStyle(s.percent());
        }
    }

    private static void number(Cell c, Integer n) {
        if (n != null) {
            c.setCellValue(n);
        }
    }

    private static void text(Cell c, String t) {
        if (t != null) {
            c.setCellValue(t);
        }
    }
}
