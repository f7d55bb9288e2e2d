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
import nl.ijw.gateway.cli.report.ReportFormat;
import nl.ijw.gateway.cli.report.ReportPage;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.replay.ReplayedStore;
import nl.ijw.gateway.sap.report.SapReports;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.files.XmlFiles;
import nl.ijw.gateway.text.Counts;

@Command(name = "sap-report", description = {
        "SAP compliance per provider and rule.",
        "Awaited messages due, on time, late, overdue, the on-time percentage and the median and p90 of working"
                + " days late (definitions: docs/sap.md). HISTORY_OR_DATADIR is a history (a folder with manifest.csv,"
                + " a .zip holding one, or a folder of XML files), replayed into a temporary store, or a gateway data"
                + " directory (db/ijw-gateway.mv.db), read as it is."},
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
            description = "json, csv, html or xlsx (default: ${DEFAULT-VALUE}); xlsx needs --out.")
    String format;

    @Option(names = "--csv-separator", paramLabel = "CHAR", defaultValue = ";", description = "';' (default):"
            + " opens as columns in Dutch Excel, decimal comma, UTF-8 byte order mark in a file; ',': international"
            + " CSV, decimal point, no byte order mark.")
    String csvSeparator;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of to standard output.")
    Path out;

    @CommandLine.Mixin
    SapOptions sapOptions = new SapOptions();

    @CommandLine.Mixin
    AllocationOptions allocations = new AllocationOptions();

    @Option(names = "--as-of", paramLabel = "TIMESTAMP", description = "Expectations still open and due before this date count as overdue (ISO-8601 date or time;"
            + " default: a history's last receipt time, or now for a data directory, but a replay's"
            + " --out folder's last receipt).")
    String asOf;

    @Override
    public Integer call() throws IOException {
        ReportFormat fmt = parseFormat();
        SapTracker sap = sapOptions.tracker();
        SapReports reports = new SapReports(sap, from, to);
        Instant end = asOf == null ? null : Manifest.parseAsOf(asOf);
        char separator = separator();
        if (fmt.isBinary() && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format " + format.strip() + " writes a binary file: give --out FILE");
        }
        ReportFile.checkWritable(out, "--out"); // before a history's replay, which may take minutes
        refuseOverwritingTheSource();
        if (Files.isDirectory(source) && Files.isRegularFile(DatabaseConfig.h2DataFile(source))
                && !Files.isRegularFile(source.resolve(History.MANIFEST))) {
            Instant at = end == null ? DataDirAsOf.of(source, Instant.now(), spec.commandLine().getErr()) : end;
            write(fmt, reports.fromDataDir(source, at), source, sap, separator);
        } else if (Files.isDirectory(source) && !Files.isRegularFile(source.resolve(History.MANIFEST))
                && !holdsXml(source)) {
            throw new IllegalArgumentException(source + " is neither a history folder (manifest.csv) nor a gateway"
                    + " data directory (db/ijw-gateway.mv.db), and holds no XML messages");
        } else {
            try (History h = History.open(source, Manifest.Order.AS_LISTED, spec.commandLine().getErr()::println)) {
                h.manifest().beforeFirst(end).ifPresent(spec.commandLine().getErr()::println);
                try (ReplayedStore store = ReplayedStore.replay(h.manifest(), source.toString(),
                        Cores.with(allocations.apply(RulesConfig.defaults()), sap), end)) {
                    write(fmt, reports.fromDataDir(store.dataDir(), store.basis(), store.asOf()), store.dataDir(), sap,
                            separator);
                }
            }
        }
        return Main.OK;
    }

    /**
     * An --out that is a file of what the report reads (a history's manifest or message, a data
     * folder's store, a replay's report.json) would be overwritten by the report: refused.
     */
    private void refuseOverwritingTheSource() {
        if (out == null || !Files.exists(out)) {
            return;
        }
        Path file = out.toAbsolutePath().normalize();
        Path read = source.toAbsolutePath().normalize();
        if (file.equals(read) || Files.isDirectory(read) && file.startsWith(read)) {
            throw new IllegalArgumentException("--out " + out + " is a file of " + source + ", which this report"
                    + " reads; the report would overwrite it: give --out a path outside " + source);
        }
    }

    /** Renders while the store is still there: the HTML page links to the timelines read from it. */
    private void write(ReportFormat fmt, SapReport report, Path store, SapTracker sap, char separator) throws IOException {
        ReportPage page = fmt == ReportFormat.HTML ? ReportPage.withTimelines(report, store, sap.calendar())
                : ReportPage.of(report);
        byte[] bytes = fmt.bytes(page, separator);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            stdout.print(text.startsWith("\uFEFF") ? text.substring(1) : text); // the mark is for Excel, not a terminal
        } else {
            try {
                Files.write(out, bytes);
            } catch (IOException e) {
                throw new IOException("Cannot write the report to --out " + out, e); // ErrorText puts the cause in words
            }
            stdout.println(summary(report) + " -> " + out);
        }
    }

    private char separator() {
        String s = csvSeparator.strip();
        if (!s.equals(";") && !s.equals(",")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--csv-separator '" + csvSeparator + "': expected ';' (Dutch Excel) or ','");
        }
        return s.charAt(0);
    }

    /** XML files, or a subfolder that could not be read (History then says which): worth opening as a history. */
    private static boolean holdsXml(Path dir) throws IOException {
        XmlFiles.Found found = XmlFiles.ON_DISK.in(dir);
        return !found.files().isEmpty() || !found.unreadable().isEmpty();
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
        return "sap-report as of " + r.asOfDate() + ": " + Counts.of(r.providers().size(), "provider") + ", "
                + Counts.number(f.due()) + " due: " + Counts.number(f.onTime()) + " on time, " + Counts.number(f.late())
                + " late, " + Counts.number(f.overdue()) + " overdue ("
                + (f.onTimePercent() == null ? "-" : f.onTimePercent() + "%") + " on time), "
                + Counts.number(f.pending()) + " pending, " + Counts.number(f.withoutStart()) + " without start; " + period(r);
    }

    /** The period in words: "open to open" read as a place, not as "every due date". */
    static String period(SapReport r) {
        if (r.from() == null && r.to() == null) {
            return "all due dates";
        }
        if (r.to() == null) {
            return "due dates from " + r.from();
        }
        return r.from() == null ? "due dates up to " + r.to() : "due dates " + r.from() + " to " + r.to();
    }
}
