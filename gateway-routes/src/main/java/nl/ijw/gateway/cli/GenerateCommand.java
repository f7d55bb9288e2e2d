package nl.ijw.gateway.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.generate.HistoryGenerator;
import nl.ijw.gateway.text.Counts;
import nl.ijw.gateway.text.Times;

@Command(name = "generate", description = {
        "Writes a generated, schema-valid history (manifest and message files) that replay accepts.",
        "Per client: VOT, allocation, start, monthly claims and answers, stop, each with its retour; some extension"
                + " requests (honoured by a changed JW301 or rejected by a JW319), withdrawn allocations, corrected"
                + " starts and taakgericht providers. All people are fictitious (BSNs from 99xxxxxxx). The same"
                + " options give a byte-identical folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:history written", "2:usage or I/O error"})
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--clients", required = true, paramLabel = "N", description = "Clients (at most 500000).")
    int clients;

    @Option(names = "--providers", defaultValue = "10", paramLabel = "P",
            description = "Providers (AGB 41000000 + n); every fourth is taakgericht (default: ${DEFAULT-VALUE}).")
    int providers;

    @Option(names = "--municipalities", defaultValue = "3", paramLabel = "G",
            description = "Municipalities, the first G of the CBS list (default: ${DEFAULT-VALUE}).")
    int municipalities;

    @Option(names = "--months", defaultValue = "12", paramLabel = "M", description = "Length of the history (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", defaultValue = "2026-01-01", paramLabel = "DATE",
            description = "First day of the history (default: ${DEFAULT-VALUE}).")
    LocalDate start;

    @Option(names = "--late-rate", defaultValue = "0.05", paramLabel = "R",
            description = "Share of awaited messages sent after their SAP deadline (default: ${DEFAULT-VALUE}).")
    double lateRate;

    @Option(names = "--missing-rate", defaultValue = "0.02", paramLabel = "R",
            description = "Share of awaited messages never sent (default: ${DEFAULT-VALUE}).")
    double missingRate;

    @Option(names = "--out", required = true, paramLabel = "HISTORY", description = "New or empty folder to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        HistoryGenerator.Settings settings;
        try {
            settings = new HistoryGenerator.Settings(clients, providers, municipalities, months, seed, lateRate,
                    missingRate, start);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long t0 = System.nanoTime();
        HistoryGenerator.Result r = new HistoryGenerator(settings).write(out);
        double s = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getErr().printf(java.util.Locale.ROOT, "generated in %.1f s%n", s);
        spec.commandLine().getOut().println("generate: " + Counts.of(r.clients(), "client") + withoutMessages(r) + ", "
                + Counts.of(r.messages(), "message") + ", " + (r.first() == null ? "none"
                        : "received " + Times.received(r.first()) + " to " + Times.received(r.last()))
                + " -> " + out.resolve("manifest.csv"));
        return Main.OK;
    }

    /** The clients whose story has no message in the period yet, said, so the count is not taken for theirs. */
    private static String withoutMessages(HistoryGenerator.Result r) {
        int none = r.clients() - r.withMessages();
        return none == 0 ? "" : " (" + Counts.of(none, "client") + " without a message in the period: "
                + (none == 1 ? "its" : "their") + " first message falls after its end)";
    }
}
