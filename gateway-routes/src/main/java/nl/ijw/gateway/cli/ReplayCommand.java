package nl.ijw.gateway.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.ijw.gateway.cli.report.HtmlReport;
import nl.ijw.gateway.cli.report.ReportPage;
import nl.ijw.gateway.replay.History;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.replay.ReplayedStore;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.report.Basis;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.sap.report.SapReports;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.replay.ReplayReport;
import nl.ijw.gateway.serve.ServedParties;

@Command(name = "replay", description = {
        "Replays a message history through the engine into a fresh store in --out.",
        "Each message is processed at its recorded receipt time; writes report.json (every finding, sorted) and"
                + " the retours under retours/. HISTORY is a folder with manifest.csv (header receivedAt,file;"
                + " receipt times must not decrease), a zip file holding one (at its root or in one top folder), or a"
                + " folder of XML files without manifest (receipt time: each message's Dagtekening at 12:00"
                + " Europe/Amsterdam; a warning says so). --out must be new or empty, outside the history and not in"
                + " use by another replay."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:replayed (findings are in the report, not errors)",
                "2:usage, manifest, output folder or I/O error",
                "3:completed with system failures: messages the engine could not decide (kind FAILED in the report)"})
final class ReplayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HISTORY", description = "History: folder with manifest.csv, zip file holding one, or folder of XML files.")
    Path history;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (store, report, retours).")
    Path out;

    @Option(names = "--force", description = {"Replace an earlier replay's output in --out (db/, retours/, report.json).",
            "Refused, removing nothing, when --out holds anything else."})
    boolean force;

    @Option(names = "--sort", description = "Sort the manifest by receipt time (stable: equal times keep their order)"
            + " instead of refusing one whose times decrease.")
    boolean sort;

    @Option(names = "--as-of", paramLabel = "TIMESTAMP",
            description = "End of the replayed period (ISO-8601; default: the last receipt time). Used by the SAP checks.")
    String asOf;

    @Option(names = "--gemeenten", paramLabel = "FILE",
            description = "CBS municipality list (code,name) for TR378; default: the list shipped with the gateway.")
    Path gemeenten;

    @Option(names = "--products", paramLabel = "FILE",
            description = "Product code list for TR381; without it TR381 checks nothing. Format: docs/rules.md.")
    Path products;

    @Option(names = "--tariffs", paramLabel = "FILE",
            description = "Contract tariffs for TR418; without it TR418 checks nothing. Format: docs/rules.md.")
    Path tariffs;

    @Option(names = "--serves", defaultValue = ServedParties.ALL_MUNICIPALITIES, paramLabel = "CODES",
            description = "Whom the gateway acts for, as in 'run': 'municipalities' (default)"
                    + " or comma-separated party codes. Only messages to a served party are answered.")
    String serves;

    @CommandLine.Mixin
    SapOptions sap = new SapOptions();

    @CommandLine.Mixin
    AllocationOptions allocations = new AllocationOptions();

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the SAP compliance report of the"
            + " replayed store as HTML, as sap-report --format html (ranking, trend, late and overdue items, client"
            + " timelines with the BSN masked).")
    Path html;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Threads reading and validating"
            + " ahead of the one writer (default ${DEFAULT-VALUE}); 1: one message at a time, the SAP watch before each"
            + " (the reference way; same report).")
    int threads;

    @Option(names = "--group", defaultValue = "64", paramLabel = "N", description = "Most messages committed in one"
            + " transaction (default ${DEFAULT-VALUE}); groups end at each new day.")
    int group;

    @Option(names = "--quiet", description = "No progress on stderr (by default a bar on a terminal, else a line every 10 s).")
    boolean quiet;

    /** The rule set for the loaded configuration; a test puts in a double here. */
    Function<RulesConfig, RuleSet> ruleSet = RuleSet::standard;

    @Override
    public Integer call() throws IOException {
        Instant end = asOf == null ? null : Manifest.parseAsOf(asOf);
        ServedParties served;
        try {
            served = ServedParties.parse(serves);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--serves: " + e.getMessage());
        }
        RulesConfig config = allocations.apply(RulesConfig.load(gemeenten, products, tariffs));
        if (threads < 1 || group < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads and --group must be at least 1 (got " + threads + " and " + group + ")");
        }
        ReportFile.checkWritable(html, "--html", out); // before the replay, which may take minutes; --out is made by it
        Replay.Progress progress = quiet ? Replay.Progress.NONE : ProgressBar.on(spec.commandLine().getErr());
        SapTracker tracker = sap.tracker();
        ReplayReport report;
        Instant at;
        Basis basis;
        try (History h = History.open(history, sort ? Manifest.Order.BY_RECEIPT_TIME : Manifest.Order.AS_LISTED,
                spec.commandLine().getErr()::println)) {
            Manifest manifest = h.manifest();
            manifest.beforeFirst(end).ifPresent(spec.commandLine().getErr()::println);
            at = ReplayedStore.end(manifest, end); // never null: History.open refuses a history without messages
            basis = html == null ? null : ReplayedStore.basis(history, manifest, at); // read while the history is open
            report = new Replay(Cores.with(config, ruleSet.apply(config), tracker), served,
                    new Replay.Tuning(threads, group, progress)).run(manifest, out, end, force);
        }
        spec.commandLine().getOut().println(report.summary() + " -> " + out.resolve("report.json"));
        if (html != null) {
            writeHtml(basis, at, tracker);
        }
        return report.failed() > 0 ? Main.SYSTEM_FAILURES : Main.OK;
    }

    private void writeHtml(Basis basis, Instant at, SapTracker tracker) throws IOException {
        SapReport r = new SapReports(tracker, null, null).fromDataDir(out, basis, at);
        try {
            Files.writeString(html, HtmlReport.render(ReportPage.withTimelines(r, out, tracker.calendar())),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("Cannot write the report to --html " + html, e);
        }
        spec.commandLine().getOut().println("SAP compliance report -> " + html);
    }

}
