package nl.ijw.gateway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.ijw.gateway.validation.MessageValidator;
import nl.ijw.gateway.validation.ValidationReport;

@Command(name = "validate", description = {
        "Validates iJw files against the iJw schemas.",
        "Prints one line per file: VALID <path> <type>, or INVALID <path>: <line>:<col> <message>",
        "followed by every problem, indented. Directories are searched recursively for *.xml."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file valid", "1:at least one file invalid", "2:usage or I/O error"})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per file, one per line.")
    boolean json;

    @Option(names = "--schemas", paramLabel = "DIR",
            description = "Use the *.xsd files in DIR (e.g. an official release) instead of the bundled schemas.")
    Path schemas;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        MessageValidator validator;
        try {
            files = collect(paths);
            validator = Validators.create(schemas);
        } catch (IOException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return Main.ERROR;
        }
        ReportPrinter printer = new ReportPrinter(out, json);
        boolean allValid = true;
        for (Path f : files) {
            try {
                ValidationReport r = validator.validate(f);
                printer.print(r);
                allValid &= r.isValid();
            } catch (IOException e) {
                err.println("error: cannot read " + f + ": " + e.getMessage());
                return Main.ERROR;
            }
        }
        return allValid ? Main.OK : Main.INVALID;
    }

    /** Files as given, directories expanded to their *.xml files, in a stable order. */
    static List<Path> collect(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".xml"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("No such file or directory: " + p);
            }
        }
        return files;
    }
}
