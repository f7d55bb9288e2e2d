package nl.ijw.gateway.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.message.MessageRegistry;
import nl.ijw.gateway.text.Counts;
import nl.ijw.gateway.validation.MessageValidator;
import nl.ijw.gateway.validation.ModelBinding;
import nl.ijw.gateway.validation.SchemaSet;
import nl.ijw.gateway.validation.ValidationReport;
import nl.ijw.gateway.validation.ValidationSettings;

@Command(name = "validate", description = {
        "Validation throughput (messages/s): the gateway's validator against a plain JAXP baseline.",
        "The gateway's validator parses, checks the schema and binds the model in one pass; the baseline is one"
                + " cached Schema, a new Validator per message and a StreamSource. The two are measured in"
                + " alternating slices (ABBA), so that load from other processes weighs on both alike."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:figures printed", "2:a setting that cannot give a figure, or an I/O error"})
final class ValidateBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds in all, both contenders (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up seconds per contender (default ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--rounds", defaultValue = "10",
            description = "Alternating rounds the measured time is split into (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--dir", defaultValue = "samples/messages", description = "Folder of messages (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--files", paramLabel = "N", description = "Instead: validate a folder of N files (copies of the"
            + " messages in --dir, in a temporary folder) with validate's folder path, against a plain single-threaded"
            + " JAXP loop over the same files (one cached Schema, a Validator per file); --seconds and --warmup are"
            + " then not used, each round is one pass over the folder.")
    Integer folderFiles;

    @Override
    public Integer call() throws Exception {
        BenchSettings settings = new BenchSettings(spec.commandLine()).pairs("--rounds", rounds)
                .atLeast("--threads", threads, 1, "someone must validate the messages");
        if (folderFiles != null) {
            settings.atLeast("--files", folderFiles, 1, "no files give no throughput");
            return new FolderBench(spec.commandLine().getOut(), dir, folderFiles, threads, rounds).run();
        }
        settings.positive("--seconds", seconds).notNegative("--warmup", warmup);
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = ValidateCommand.collect(List.of(dir));
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("error: no *.xml files in " + dir);
            return Main.ERROR;
        }
        List<byte[]> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            inputs.add(Files.readAllBytes(f));
            names.add(f.toString());
        }
        SchemaSet schemas = SchemaSet.bundled();
        MessageValidator gateway = new MessageValidator(schemas, MessageRegistry.standard(), ModelBinding.ijw32(),
                ValidationSettings.DEFAULT);
        Schema schema = schemas.schema();
        Throughput.Task ours = (b, n) -> {
            ValidationReport r = gateway.validate(b, n);
            return r.isValid() && r.boundModel().isPresent();
        };
        Throughput.Task baseline = (b, n) -> {
            Validator v = schema.newValidator();
            try {
                v.validate(new StreamSource(new ByteArrayInputStream(b)));
                return true;
            } catch (SAXException e) {
                return false;
            }
        };
        out.printf(java.util.Locale.ROOT, "bench validate: %s from %s, %s, %s s warm-up each, %s s measured in %d"
                + " alternating rounds, %s%n", Counts.of(inputs.size(), "message"), dir, Counts.of(threads, "thread"),
                Counts.number(warmup), Counts.number(seconds), rounds,
                Counts.of(Runtime.getRuntime().availableProcessors(), "core"));
        Throughput.measure(ours, inputs, names, threads, warmup);
        Throughput.measure(baseline, inputs, names, threads, warmup);
        // Interleaved in short slices, in ABBA order, so that load from other processes drifting
        // during the run weighs on both contenders alike.
        Throughput.Result g = Throughput.Result.ZERO;
        Throughput.Result b = Throughput.Result.ZERO;
        double slice = seconds / (2.0 * rounds);
        for (int r = 0; r < rounds; r++) {
            boolean oursFirst = r % 2 == 0;
            Throughput.Result first = Throughput.measure(oursFirst ? ours : baseline, inputs, names, threads, slice);
            Throughput.Result second = Throughput.measure(oursFirst ? baseline : ours, inputs, names, threads, slice);
            g = g.plus(oursFirst ? first : second);
            b = b.plus(oursFirst ? second : first);
        }
        out.printf(java.util.Locale.ROOT, "gateway  (parse+schema+model): %10s msg/s  (%s messages, %s valid with model)%n",
                Counts.number(g.perSecond()), Counts.number(g.count()), Counts.number(g.good()));
        out.printf(java.util.Locale.ROOT, "baseline (JAXP validator)    : %10s msg/s  (%s messages, %s valid)%n",
                Counts.number(b.perSecond()), Counts.number(b.count()), Counts.number(b.good()));
        out.printf(java.util.Locale.ROOT, "ratio gateway/baseline       : %10.2fx%n", g.perSecond() / b.perSecond());
        return Main.OK;
    }
}
