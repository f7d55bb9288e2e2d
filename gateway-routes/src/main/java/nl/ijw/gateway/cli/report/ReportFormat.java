package nl.ijw.gateway.cli.report;

import java.util.Locale;

import nl.ijw.gateway.sap.report.SapReport;

/** The formats of the compliance report. */
public enum ReportFormat {
    JSON, CSV, HTML;

    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + name + "': expected json, csv or html", e);
        }
    }

    public String render(SapReport report) {
        return switch (this) {
            case JSON -> JsonReport.render(report);
            case CSV -> CsvReport.render(report);
            case HTML -> HtmlReport.render(report);
        };
    }
}
