package nl.ijw.gateway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.ijw.gateway.files.XmlFiles;
import nl.ijw.gateway.text.Counts;
import nl.ijw.gateway.validation.MessageValidator;

@Command(name = "validate", description = {
        "Validates iJw files against the iJw schemas and the message rules of the standard.",
        "Prints one line per file, in file order: VALID <path> <type>, or INVALID <path>: <line>:<col> <message>"
                + " followed by every problem, indented. Folders are searched recursively for *.xml."
                + " Ends with a summary line (63 files: 14 valid, 49 invalid); with --json that line goes"
                + " to standard error, so standard output holds only JSON.",
        "A path that does not exist, a file or a subfolder that cannot be read is reported on standard error;"
                + " the other files are still validated, and the exit code is then 2."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file valid", "1:at least one file invalid",
                "2:usage error, a path not found, a file or folder not readable, or no *.xml file found at all"})
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

    /** Expands folders; a test puts in one whose walk fails (tests run as root, who reads every folder). */
    XmlFiles xmlFiles = XmlFiles.ON_DISK;

    /** What the PATH arguments come to: the files, the paths not found, what could not be read below a folder. */
    record Collected(List<Path> files, List<Path> missing, List<XmlFiles.Unreadable> unreadable) {
        /** The end of the summary line: {@code ; 1 path not found, 1 folder not readable}, or nothing. */
        String problems() {
            List<String> p = new ArrayList<>();
            if (!missing.isEmpty()) {
                p.add(Counts.of(missing.size(), "path") + " not found");
            }
            if (!unreadable.isEmpty()) {
                p.add(Counts.of(unreadable.size(), "folder") + " not readable");
            }
            return p.isEmpty() ? "" : "; " + String.join(", ", p);
        }

        boolean complete() {
            return missing.isEmpty() && unreadable.isEmpty();
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MessageValidator validator = Validators.create(schemas);
        List<ErrorText.Input> inputs = paths.stream().map(p -> new ErrorText.Input("PATH", p)).toList();
        Collected c = collect(paths, xmlFiles);
        c.missing().forEach(p -> err.println("error: " + ErrorText.of(new NoSuchFileException(p.toString()), inputs)));
        c.unreadable().forEach(u -> err.println("error: " + ErrorText.unreadable(u, inputs)
                + "; the files in it were not validated"));
        if (c.files().isEmpty()) {
            // A folder that could not be read at all was said above; "no *.xml file in it" would add nothing.
            List<String> folders = paths.stream().filter(Files::isDirectory)
                    .filter(p -> c.unreadable().stream().noneMatch(u -> u.path().equals(p))).map(Path::toString).toList();
            if (!folders.isEmpty()) {
                err.println("error: no *.xml file found in " + String.join(", ", folders)
                        + (c.unreadable().isEmpty() ? " (folders are searched recursively)"
                        : " outside what could not be read (folders are searched recursively)")
                        + "; give a folder or files holding iJw messages");
            }
            (json ? err : out).println("0 files: nothing was validated" + c.problems());
            return Main.ERROR;
        }
        ReportPrinter printer = new ReportPrinter(out, json);
        long[] valid = new long[1];
        long[] invalid = new long[1];
        long[] unreadable = new long[1];
        new FolderValidation(validator, threads).run(c.files(), r -> {
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
        String summary = Counts.of(c.files().size(), "file") + ": " + Counts.number(valid[0]) + " valid, "
                + Counts.number(invalid[0]) + " invalid"
                + (unreadable[0] == 0 ? "" : ", " + Counts.number(unreadable[0]) + " not readable")
                + c.problems();
        (json ? err : out).println(summary);
        if (unreadable[0] > 0 || !c.complete()) {
            return Main.ERROR;
        }
        return invalid[0] == 0 ? Main.OK : Main.INVALID;
    }

    /** Files as given, folders expanded to their *.xml files, in a stable order; fails on a path missing or unreadable. */
    static List<Path> collect(List<Path> paths) throws IOException {
        Collected c = collect(paths, XmlFiles.ON_DISK);
        if (!c.missing().isEmpty()) {
            throw new NoSuchFileException(c.missing().get(0).toString());
        }
        if (!c.unreadable().isEmpty()) {
            throw c.unreadable().get(0).cause();
        }
        return c.files();
    }

    /** Files as given, folders expanded to their *.xml files; what is missing or unreadable is set aside. */
    static Collected collect(List<Path> paths, XmlFiles xml) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        List<XmlFiles.Unreadable> unreadable = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                XmlFiles.Found found = xml.in(p);
                files.addAll(found.files());
                unreadable.addAll(found.unreadable());
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                missing.add(p);
            }
        }
        return new Collected(files, missing, unreadable);
    }
}
