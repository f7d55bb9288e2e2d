package nl.ijw.gateway.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.ijw.gateway.cli.report.TimelineRender;
import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.privacy.Masking;
import nl.ijw.gateway.replay.History;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.replay.ReplayedStore;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.report.Basis;
import nl.ijw.gateway.timeline.Timeline;
import nl.ijw.gateway.timeline.Timelines;

@Command(name = "timeline", description = {
        "The story of one client.",
        "Requests, allocations and their changes, starts, stops, claims and answers in receipt order, each with"
                + " its retour (which came, with which codes, or none yet) and its SAP deadlines and findings (LATE,"
                + " OVERDUE, WARNING). The BSN is shown masked unless --unmask; an unmasked view is first recorded in"
                + " the access log (who, when, which client)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:timeline written", "1:no message about this client", "2:usage or I/O error"})
final class TimelineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Gateway data directory (db/ijw-gateway.mv.db), read as it is.")
    Path data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "HISTORY",
            description = "History (a folder with manifest.csv, a .zip holding one, or a folder of XML messages),"
                    + " replayed into a temporary store (instead of --data).")
    Path history;

    static final class Client {
        @Option(names = "--bsn", paramLabel = "BSN", required = true, description = "The client's BSN.")
        String bsn;

        @Option(names = "--toewijzing", paramLabel = "NR", required = true,
                description = "A ToewijzingNummer of the client (finds the client without typing the BSN).")
        String toewijzing;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Client client;

    @Option(names = "--json", description = "JSON instead of text.")
    boolean json;

    @Option(names = "--unmask", description = "Show the BSN in clear; writes a line to the access log.")
    boolean unmask;

    @Option(names = "--access-log", paramLabel = "FILE", description = "Where --unmask records its view"
            + " (appended; default: access.log in --data, or in the current directory for a history).")
    Path accessLog;

    @Option(names = "--as-of", paramLabel = "TIMESTAMP", description = "The moment the timeline stands at"
            + " (ISO-8601 date or time; default: a history's last receipt time, or now for a data directory, but a replay's"
            + " --out folder's last receipt).")
    String asOf;

    @CommandLine.Mixin
    SapOptions sapOptions = new SapOptions();

    @CommandLine.Mixin
    AllocationOptions allocations = new AllocationOptions();

    /** The clock of the access log and of a data directory's default as-of; a test puts in a fixed one. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        if ((data == null) == (history == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give either --data DIR (a gateway data directory) or a HISTORY folder, not both and not neither");
        }
        refuseMalformedClient();
        Instant end = asOf == null ? null : Manifest.parseAsOf(asOf);
        SapTracker sap = sapOptions.tracker();
        if (data != null) {
            return show(data, Basis.dataDirectory(data.toString()),
                    end == null ? DataDirAsOf.of(data, clock.instant(), spec.commandLine().getErr()) : end, sap);
        }
        // A folder with a manifest, a zip holding one, or a folder of XML files: as replay and sap-report take them.
        try (History h = History.open(history, Manifest.Order.AS_LISTED, spec.commandLine().getErr()::println)) {
            h.manifest().beforeFirst(end).ifPresent(spec.commandLine().getErr()::println);
            try (ReplayedStore store = ReplayedStore.replay(h.manifest(), history.toString(),
                    Cores.with(allocations.apply(RulesConfig.defaults()), sap), end)) {
                return show(store.dataDir(), store.basis(), store.asOf(), sap);
            }
        }
    }

    /**
     * A BSN or ToewijzingNummer that cannot be one is a typing error, said at once rather than after
     * a replay that finds nothing. A BSN failing the elfproef is looked up all the same (a rejected
     * message may carry one), with a warning.
     */
    private void refuseMalformedClient() {
        if (client.bsn != null && !client.bsn.strip().matches("\\d{9}")) {
            // Not echoed: a mistyped BSN is still someone's number.
            throw new CommandLine.ParameterException(spec.commandLine(), "--bsn: not a BSN (" + client.bsn.strip().length()
                    + " characters); a BSN has 9 digits");
        }
        if (client.bsn != null && !Bsn.of(client.bsn).passesElfproef()) {
            spec.commandLine().getErr().println("warning: --bsn " + Masking.bsn(client.bsn.strip())
                    + " does not pass the elfproef (a typing error?); looking it up all the same");
        }
        if (client.toewijzing != null && !client.toewijzing.strip().matches("\\d{1,20}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--toewijzing '" + client.toewijzing.strip()
                    + "' is not a ToewijzingNummer: it is a number of up to 20 digits");
        }
    }

    private int show(Path dataDir, Basis basis, Instant at, SapTracker sap) throws IOException {
        Timeline t;
        try (Timelines timelines = Timelines.openDataDir(dataDir, sap.calendar())) {
            String bsn = client.bsn != null ? client.bsn.strip() : clientOf(timelines, client.toewijzing);
            if (bsn == null) {
                return Main.INVALID;
            }
            t = timelines.of(bsn, at);
        }
        if (t.entries().isEmpty()) {
            String where = basis.source() == Basis.Source.HISTORY ? "the history " : "the gateway data directory ";
            spec.commandLine().getErr().println("No message about client " + t.bsnMasked() + " in " + where + basis.path()
                    + "; check the BSN, or find the client by --toewijzing");
            return Main.INVALID;
        }
        if (unmask) {
            logAccess(t);
        }
        String shown = unmask ? t.bsn() : t.bsnMasked();
        spec.commandLine().getOut().print(json ? TimelineRender.json(t, shown, unmask, basis.english())
                : TimelineRender.text(t, shown, basis.english()));
        return Main.OK;
    }

    private String clientOf(Timelines timelines, String toewijzing) {
        List<String> clients = timelines.clientsOfAllocation(toewijzing);
        if (clients.size() == 1) {
            return clients.get(0);
        }
        if (clients.isEmpty()) {
            spec.commandLine().getErr().println("No allocation with ToewijzingNummer " + toewijzing.strip()
                    + " in the store: check the number, or give --bsn");
        } else {
            spec.commandLine().getErr().println("ToewijzingNummer " + toewijzing.strip() + " belongs to "
                    + clients.size() + " clients (" + String.join(", ", clients.stream().map(Masking::bsn).toList())
                    + ", from different municipalities): give --bsn");
        }
        return null;
    }

    /**
     * One line per unmasked view, before it is shown: when (UTC), who (the OS user), which client. The
     * client is named by masked BSN and ToewijzingNummers, so the log itself holds no BSN in clear.
     */
    private void logAccess(Timeline t) throws IOException {
        Path log = accessLog != null ? accessLog : data != null ? data.resolve("access.log") : Path.of("access.log");
        String line = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS))
                + " user=" + System.getProperty("user.name", "?") + " command=timeline --unmask client="
                + t.bsnMasked() + " allocations=" + String.join(";", t.allocations()) + "\n";
        try {
            Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IOException("Cannot write the access log " + log + " (--access-log): the BSN is not shown"
                    + " unmasked without a record of it", e);
        }
    }
}
