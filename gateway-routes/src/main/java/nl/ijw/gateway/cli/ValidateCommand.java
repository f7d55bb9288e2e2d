package nl.ijw.gateway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.ijw.gateway.text.Counts;
import nl.ijw.gateway.validation.MessageValidator;

@Command(name = "validate", description = {
        "Validates iJw files against the iJw schemas and the message rules of the standard.",
        "Prints one line per file, in file order: VALID <path> <type>, or INVALID <path>: <line>:<col> <message>"
                + " followed by every problem, indented. Folders are searched recursively for *.xml."
                + " Ends with a summary line (63 files: 14 valid, 49 invalid); with --json that line goes"
                + " to standard error, so standard output holds only JSON.",
        "A path that does not exist or a file that cannot be read is reported on standard error;"
                + " the other files are still validated, and the exit code is then 2."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file valid", "1:at least one file invalid",
                "2:usage error, a path not found or a file not readable, or no *.xml file found at all"})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per file, one per line.")
    boolean json;

    @Option(names = "--schemas", paramLabel = "DIR",
            description = "Use the *.xsd files in DIR (e.g. an official release) instead of the bundled schemas.")
    Path schemas;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files validated at once (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MessageValidator validator = Validators.create(schemas);
        List<String> problems = new ArrayList<>();
        List<Path> files = collect(paths, problems);
        problems.forEach(p -> err.println("error: " + p));
        if (files.isEmpty()) {
            List<String> folders = paths.stream().filter(Files::isDirectory).map(Path::toString).toList();
            if (!folders.isEmpty()) {
                err.println("error: no *.xml file found in " + String.join(", ", folders)
                        + " (folders are searched recursively); give a folder or files holding iJw messages");
            }
            (json ? err : out).println("0 files: nothing was validated"
                    + (problems.isEmpty() ? "" : "; " + Counts.of(problems.size(), "path") + " not found"));
            return Main.ERROR;
        }
        ReportPrinter printer = new ReportPrinter(out, json);
        long[] valid = new long[1];
        long[] invalid = new long[1];
        long[] unreadable = new long[1];
        List<ErrorText.Input> inputs = paths.stream().map(p -> new ErrorText.Input("PATH", p)).toList();
        new FolderValidation(validator, threads).run(files, r -> {
            if (r.unreadable() != null) {
                unreadable[0]++;
                out.flush();
                err.println("error: cannot read " + ErrorText.of(r.unreadable(), inputs));
                err.flush();
                return;
            }
            printer.print(r.report());
            (r.report().isValid() ? valid : invalid)[0]++;
        });
        String summary = Counts.of(files.size(), "file") + ": " + Counts.number(valid[0]) + " valid, "
                + Counts.number(invalid[0]) + " invalid"
                + (unreadable[0] == 0 ? "" : ", " + Counts.number(unreadable[0]) + " not readable")
                + (problems.isEmpty() ? "" : "; " + Counts.of(problems.size(), "path") + " not found");
        (json ? err : out).println(summary);
        if (unreadable[0] > 0 || !problems.isEmpty()) {
            return Main.ERROR;
        }
        return invalid[0] == 0 ? Main.OK : Main.INVALID;
    }

    /** Files as given, folders expanded to their *.xml files, in a stable order; fails on a missing path. */
    static List<Path> collect(List<Path> paths) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = collect(paths, problems);
        if (!problems.isEmpty()) {
            throw new IOException(problems.get(0));
        }
        return files;
    }

    /** Files as given, folders expanded to their *.xml files; a path that is neither goes to problems. */
    static List<Path> collect(List<Path> paths, List<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".xml"))
                            .sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add("cannot read the folder " + ErrorText.of(e, List.of(new ErrorText.Input("PATH", p))));
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.add(ErrorText.of(new NoSuchFileException(p.toString()), List.of(new ErrorText.Input("PATH", p))));
            }
        }
        return files;
    }
}
