package nl.ijw.gateway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.ijw.gateway.replay.History;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.ReportFormat;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.sap.report.SapReports;
import nl.ijw.gateway.store.DatabaseConfig;

@Command(name = "sap-report", description = {
        "SAP compliance per provider and rule: awaited messages due, on time, late, overdue, the on-time",
        "percentage and the median and p90 of working days late (definitions: docs/sap.md).",
        "HISTORY_OR_DATADIR is a history (folder with manifest.csv, .zip holding one, or folder of XML files),",
        "replayed into a temporary store, or a gateway data directory (db/ijw-gateway.mv.db), read as it is."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "2:usage or I/O error"})
final class SapReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HISTORY_OR_DATADIR",
            description = "History (folder with manifest.csv, .zip, folder of XML files) or gateway data directory.")
    Path source;

    @Option(names = "--from", paramLabel = "DATE", description = "First due date reported (ISO date, inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last due date reported (ISO date, inclusive).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, csv or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of to standard output.")
    Path out;

    @CommandLine.Mixin
    SapOptions sapOptions = new SapOptions();

    @Option(names = "--as-of", paramLabel = "TIMESTAMP", description = {
            "Expectations still open and due before this date count as overdue (ISO-8601 date or time;",
            "default: a history's last receipt time, or now for a data directory)."})
    String asOf;

    @Override
    public Integer call() throws IOException {
        ReportFormat fmt = parseFormat();
        SapTracker sap = sapOptions.tracker();
        SapReports reports = new SapReports(sap, from, to);
        Instant end = asOf == null ? null : Manifest.parseAsOf(asOf);
        SapReport report;
        if (Files.isDirectory(source) && Files.isRegularFile(DatabaseConfig.h2DataFile(source))
                && !Files.isRegularFile(source.resolve(History.MANIFEST))) {
            report = reports.fromDataDir(source, end == null ? Instant.now() : end);
        } else if (Files.isDirectory(source) && !Files.isRegularFile(source.resolve(History.MANIFEST))
                && !holdsXml(source)) {
            throw new IllegalArgumentException(source + " is neither a history folder (manifest.csv) nor a gateway"
                    + " data directory (db/ijw-gateway.mv.db), and holds no XML messages");
        } else {
            try (History h = History.open(source, Manifest.Order.AS_LISTED, spec.commandLine().getErr()::println)) {
                report = reports.fromHistory(h.manifest(), source.toString(), Cores.standard(), end); // with this SAP tracker
            }
        }
        String text = fmt.render(report);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(text);
        } else {
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException("Cannot write " + out + ": " + e.getClass().getSimpleName(), e);
            }
            stdout.println(summary(report) + " -> " + out);
        }
        return Main.OK;
    }

    private static boolean holdsXml(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml"));
        }
    }

    private ReportFormat parseFormat() {
        try {
            return ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String summary(SapReport r) {
        Figures f = r.overall();
        return "sap-report as of " + r.asOfDate() + ": " + r.providers().size() + " provider(s), " + f.due() + " due: "
                + f.onTime() + " on time, " + f.late() + " late, " + f.overdue() + " overdue ("
                + (f.onTimePercent() == null ? "-" : f.onTimePercent() + "%") + " on time), " + f.pending() + " pending, " + f.withoutStart() + " without start";
    }
}
