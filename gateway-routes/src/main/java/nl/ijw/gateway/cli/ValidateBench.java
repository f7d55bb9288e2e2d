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
import nl.ijw.gateway.validation.MessageValidator;
import nl.ijw.gateway.validation.ModelBinding;
import nl.ijw.gateway.validation.SchemaSet;
import nl.ijw.gateway.validation.ValidationReport;
import nl.ijw.gateway.validation.ValidationSettings;

@Command(name = "validate", description = {
        "Validation throughput (messages/s) over the sample messages, the gateway's validator",
        "(parse + schema + model binding in one pass) side by side with a plain JAXP baseline",
        "(one cached Schema, a new Validator per message, StreamSource)."})
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

    @Override
    public Integer call() throws Exception {
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
        out.printf("bench validate: %d messages from %s, %d threads, %.0f s warm-up each, %.0f s measured in %d"
                + " alternating rounds, %d cores%n", inputs.size(), dir, threads, warmup, seconds, rounds,
                Runtime.getRuntime().availableProcessors());
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
        out.printf("gateway  (parse+schema+model): %,10.0f msg/s  (%d messages, %d valid with model)%n",
                g.perSecond(), g.count(), g.good());
        out.printf("baseline (JAXP validator)    : %,10.0f msg/s  (%d messages, %d valid)%n",
                b.perSecond(), b.count(), b.good());
        out.printf("ratio gateway/baseline       : %10.2fx%n", g.perSecond() / b.perSecond());
        return Main.OK;
    }
}
