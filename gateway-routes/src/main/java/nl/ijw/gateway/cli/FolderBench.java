package nl.ijw.gateway.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;

import nl.ijw.gateway.text.Counts;
import nl.ijw.gateway.validation.MessageValidator;

/**
 * {@code bench validate --files N}: {@code validate} on a folder of N files (its folder path: the
 * walk, the parallel validation in file order, the printing) against a plain single-threaded JAXP
 * loop over the same files, one pass each per round, in ABBA order.
 */
final class FolderBench {

    private final PrintWriter out;
    private final Path samples;
    private final int files;
    private final int threads;
    private final int rounds;

    FolderBench(PrintWriter out, Path samples, int files, int threads, int rounds) {
        this.out = out;
        this.samples = samples;
        this.files = files;
        this.threads = threads;
        this.rounds = rounds;
    }

    int run() throws Exception {
        List<Path> sources = ValidateCommand.collect(List.of(samples));
        if (sources.isEmpty()) {
            throw new IOException("--dir " + samples + " holds no *.xml file to copy");
        }
        Path dir = Files.createTempDirectory("ijw-bench-validate");
        try {
            for (int i = 0; i < files; i++) {
                Path src = sources.get(i % sources.size());
                Files.copy(src, dir.resolve(String.format(Locale.ROOT, "%06d-%s", i, src.getFileName())));
            }
            MessageValidator validator = Validators.create(null);
            Schema schema = nl.ijw.gateway.validation.SchemaSet.bundled().schema();
            out.printf(Locale.ROOT, "bench validate --files: %s files (copies of the %s in %s), validate's folder path"
                    + " on %s against a plain JAXP loop on 1 thread, %d rounds (ABBA), %s%n",
                    Counts.number(files), Counts.of(sources.size(), "message"), samples, Counts.of(threads, "thread"),
                    rounds, Counts.of(Runtime.getRuntime().availableProcessors(), "core"));
            pass(true, dir, validator, schema); // warm-up
            pass(false, dir, validator, schema);
            double ours = 0;
            double plain = 0;
            long oursValid = 0;
            long plainValid = 0;
            for (int r = 0; r < rounds; r++) {
                boolean oursFirst = r % 4 == 0 || r % 4 == 3;
                for (boolean isOurs : oursFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    long t = System.nanoTime();
                    long valid = pass(isOurs, dir, validator, schema);
                    double s = (System.nanoTime() - t) / 1e9;
                    if (isOurs) {
                        ours += s;
                        oursValid = valid;
                    } else {
                        plain += s;
                        plainValid = valid;
                    }
                }
            }
            double oursRate = (double) files * rounds / ours;
            double plainRate = (double) files * rounds / plain;
            out.printf("validate (folder path)  : %10s files/s  (%s valid of %s)%n", Counts.number(oursRate),
                    Counts.number(oursValid), Counts.number(files));
            out.printf("plain JAXP loop         : %10s files/s  (%s valid of %s)%n", Counts.number(plainRate),
                    Counts.number(plainValid), Counts.number(files));
            out.printf(Locale.ROOT, "ratio validate/plain    : %10.2fx%n", oursRate / plainRate);
            return Main.OK;
        } finally {
            ProcessBench.wipe(dir);
            Files.delete(dir);
        }
    }

    private long pass(boolean ours, Path dir, MessageValidator validator, Schema schema) throws Exception {
        List<Path> list = ValidateCommand.collect(List.of(dir));
        if (ours) {
            ReportPrinter printer = new ReportPrinter(new PrintWriter(OutputStream.nullOutputStream()), false);
            long[] valid = new long[1];
            new FolderValidation(validator, threads).run(list, r -> {
                printer.print(r.report());
                valid[0] += r.report().isValid() ? 1 : 0;
            });
            return valid[0];
        }
        long valid = 0;
        for (Path f : list) {
            Validator v = schema.newValidator();
            try {
                // As bench validate's baseline: the bytes read whole, then one validation pass over them.
                v.validate(new StreamSource(new java.io.ByteArrayInputStream(Files.readAllBytes(f)), f.toString()));
                valid++;
            } catch (SAXException e) {
                // invalid: counted by not counting it
            }
        }
        return valid;
    }
}
