package nl.ijw.gateway.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.replay.ReplayReport;

@Command(name = "replay", description = {
        "Replays a message history through the engine into a fresh store in --out, each message at its",
        "recorded receipt time, and writes report.json (every finding, sorted) and the retours under retours/.",
        "HISTORY is a folder with manifest.csv (header receivedAt,file)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:replayed (findings are in the report, not errors)", "2:usage, manifest or I/O error"})
final class ReplayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HISTORY", description = "History folder with manifest.csv.")
    Path history;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (store, report, retours).")
    Path out;

    @Option(names = "--as-of", paramLabel = "TIMESTAMP",
            description = "End of the replayed period (ISO-8601; default: the last receipt time). Used by the SAP checks.")
    String asOf;

    @Override
    public Integer call() throws IOException {
        if (asOf != null) {
            Manifest.parseAsOf(asOf);
        }
        ReplayReport report = new Replay(Cores.standard()).run(history, out);
        spec.commandLine().getOut().println(report.summary() + " -> " + out.resolve("report.json"));
        return Main.OK;
    }

}
