package nl.ijw.gateway.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.export.JournalExport;
import nl.ijw.gateway.export.Pseudonymiser;
import nl.ijw.gateway.text.Counts;
import nl.ijw.gateway.text.Times;

@Command(name = "export", description = {
        "Writes a history folder (manifest and message files in receipt order) from a gateway's journal.",
        "Every message it received, with the bytes as journaled, and the retours a live gateway sent on a served"
                + " party's behalf (traffic a replay needs); a replay's own retours and the gateway's JW325s are left"
                + " out (a replay makes them again). Replaying the export reproduces the findings. --pseudonymise replaces BSNs, names,"
                + " addresses, birth dates, phone numbers, e-mail addresses and comments by pseudonyms keyed by the"
                + " secret in the environment variable " + Pseudonymiser.KEY_VARIABLE + "."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:history written", "2:usage or I/O error"})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Gateway data directory (db/ijw-gateway.mv.db), or a replay's --out folder.")
    Path data;

    @Option(names = "--from", paramLabel = "DATE", description = "First receipt date exported (ISO date, Europe/Amsterdam, inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last receipt date exported (inclusive).")
    LocalDate to;

    @Option(names = "--pseudonymise", description = "Replace personal data by pseudonyms (same value, same pseudonym;"
            + " one-way without the key). Needs " + Pseudonymiser.KEY_VARIABLE + " (at least 16 characters, keep it secret).")
    boolean pseudonymise;

    @Option(names = "--out", required = true, paramLabel = "HISTORY", description = "New or empty folder to write.")
    Path out;

    /** The environment; a test puts in its own. */
    java.util.function.Function<String, String> env = System::getenv;

    @Override
    public Integer call() throws IOException {
        Pseudonymiser p = null;
        if (pseudonymise) {
            try {
                p = new Pseudonymiser(env.apply(Pseudonymiser.KEY_VARIABLE));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        JournalExport.Result r = new JournalExport(data, from, to, p).write(out);
        spec.commandLine().getOut().println("export: " + Counts.of(r.messages(), "message")
                + (r.first() == null ? "" : ", received " + Times.received(r.first()) + " to " + Times.received(r.last()))
                + (p == null ? "" : ", pseudonymised (" + Counts.of(p.bsnCount(), "distinct BSN") + ", "
                        + Counts.of(p.replacedCount(), "value") + ")")
                + " -> " + out.resolve("manifest.csv"));
        return Main.OK;
    }
}
