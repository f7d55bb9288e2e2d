package nl.ijw.gateway.cli.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.ijw.gateway.monitor.Worklist;
import nl.ijw.gateway.monitor.WorklistItem;
import nl.ijw.gateway.sap.SapTracker;

/**
 * The worklist as an Excel workbook: one sheet per list ({@code Ontbrekend}, {@code Zonder start},
 * {@code Gemeente moet nog}), dates as dates (dd-mm-yyyy), working days as numbers, the client
 * masked. Stamped with the as-of moment, so the same worklist gives the same bytes.
 */
public final class WorklistXlsx {

    static final String[] HEAD = {"Regel / rule", "Aanbieder / provider", "Gemeente / municipality",
        "Te leveren door / awaited from", "Uiterste datum / due date", "Werkdagen over tijd / working days overdue",
        "ToewijzingNummer", "Client (gemaskeerd / masked)", "Wachtend bericht / waiting message", "Identificatie"};

    /**
     * The head of the "Zonder start" sheet: a start is never overdue (the gateway cannot know when
     * care began), so its date and count are not called a deadline and time over it.
     */
    static final String[] HEAD_NO_START = noStartHead();

    private WorklistXlsx() {
    }

    private static String[] noStartHead() {
        String[] h = HEAD.clone();
        h[4] = "Start verwacht uiterlijk / start expected by";
        h[5] = "Werkdagen sindsdien / working days since then";
        return h;
    }

    public static byte[] bytes(Worklist w) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(w.asOf())));
            wb.getProperties().getCoreProperties().setTitle("Werklijst / worklist, peildatum " + w.asOfDate());
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            sheet(wb.createSheet("Ontbrekend"), HEAD, w.overdue(), head, date);
            sheet(wb.createSheet("Zonder start"), HEAD_NO_START, w.noStart(), head, date);
            sheet(wb.createSheet("Gemeente moet nog"), HEAD, w.owedByMunicipality(), head, date);
            wb.write(out);
            return XlsxReport.stamped(out.toByteArray(), w.asOf().atZone(SapTracker.AMSTERDAM).toLocalDateTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sh, String[] columns, List<WorklistItem> items, CellStyle head, CellStyle date) {
        Row h = sh.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(columns[i]);
            c.setCellStyle(head);
            sh.setColumnWidth(i, Math.min(50, Math.max(12, columns[i].length() + 2)) * 256);
        }
        sh.createFreezePane(0, 1);
        int r = 1;
        for (WorklistItem it : items) {
            Row row = sh.createRow(r++);
            text(row.createCell(0), it.rule());
            text(row.createCell(1), it.provider());
            text(row.createCell(2), it.municipality());
            text(row.createCell(3), it.awaitedFrom().name());
            Cell due = row.createCell(4);
            due.setCellValue(it.due());
            due.setCellStyle(date);
            row.createCell(5).setCellValue(it.workingDaysOverdue());
            text(row.createCell(6), it.toewijzingNummer());
            text(row.createCell(7), it.clientMasked());
            text(row.createCell(8), it.waitingType());
            text(row.createCell(9), it.waitingIdentificatie());
        }
    }

    private static void text(Cell c, String t) {
        if (t != null) {
            c.setCellValue(t);
        }
    }
}
