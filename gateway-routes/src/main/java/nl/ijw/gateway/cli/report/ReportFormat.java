package nl.ijw.gateway.cli.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import nl.ijw.gateway.sap.report.SapReport;

/** The formats of the compliance report. */
public enum ReportFormat {
    JSON, CSV, HTML, XLSX;

    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + name + "': expected json, csv, html or xlsx", e);
        }
    }

    public boolean isBinary() {
        return this == XLSX;
    }

    /** The text formats with international CSV (',' and decimal point); xlsx is binary: {@link #bytes}. */
    public String render(SapReport report) {
        return switch (this) {
            case JSON -> JsonReport.render(report);
            case CSV -> CsvReport.render(report, ',');
            case HTML -> HtmlReport.render(report);
            case XLSX -> throw new IllegalStateException("xlsx is not text");
        };
    }

    /**
     * The file's bytes. CSV with ';' starts with a UTF-8 byte order mark: without it Excel reads the
     * file in the machine's code page and garbles every non-ASCII character.
     */
    public byte[] bytes(ReportPage page, char csvSeparator) {
        return switch (this) {
            case JSON -> JsonReport.render(page.report()).getBytes(StandardCharsets.UTF_8);
            case CSV -> ((csvSeparator == ';' ? "\uFEFF" : "") + CsvReport.render(page.report(), csvSeparator))
                    .getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlReport.render(page).getBytes(StandardCharsets.UTF_8);
            case XLSX -> XlsxReport.render(page.report());
        };
    }
}
