package nl.ijw.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ijw-gateway} command line.
 *
 * <p>Exit codes: 0 success (all inputs valid); 1 some input invalid; 2 usage or I/O error; 3 (replay)
 * completed, but some messages FAILED: the engine could not decide them.
 */
@Command(name = "ijw-gateway", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "ijw-gateway 0.1.0",
        description = "Message-exchange gateway for iJw 3.2 (Dutch youth care).",
        subcommands = {RunCommand.class, DemoCommand.class, SendCommand.class, StatusCommand.class, ValidateCommand.class, ReplayCommand.class,
                SapReportCommand.class, TimelineCommand.class, GenerateCommand.class, ExportCommand.class, BenchCommand.class, WebUserCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, every input valid", "1:at least one input invalid", "2:usage or I/O error",
                "3:replay completed with system failures (messages FAILED)"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int ERROR = 2;
    /** The run completed, but the engine could not decide some messages (verdict FAILED). */
    public static final int SYSTEM_FAILURES = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.registerConverter(LocalDate.class, Main::date);
        NumberWords.register(cl);
        cl.setParameterExceptionHandler((ex, ignored) -> usageError(ex, err));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("error: " + ErrorText.of(ex, inputs(parsed)));
            return ERROR;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands on errors: without this the user would see the JVM's stack trace.
            err.println("error: " + ErrorText.outOfMemory());
            code = ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** A usage error in one line, then where the options are listed (not the whole usage). */
    private static int usageError(CommandLine.ParameterException ex, PrintWriter err) {
        CommandLine cmd = ex.getCommandLine();
        err.println("error: " + ErrorText.plain(ex instanceof CommandLine.UnmatchedArgumentException u
                ? unmatched(u) : keyValue(ex.getMessage())));
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
            }
        }
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for its options.");
        return ERROR;
    }

    /**
     * picocli says "Unmatched argument at index 1: 'foo'"; this says what was expected instead:
     * one of the command's subcommands, or no further argument. Unknown options keep picocli's
     * own words ("Unknown option: '--x'"), which say it already.
     */
    private static String unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> args = u.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        CommandLine cmd = u.getCommandLine();
        String name = "'" + cmd.getCommandSpec().qualifiedName() + "'";
        if (first.startsWith("-")) {
            return u.getMessage();
        }
        if (!cmd.getSubcommands().isEmpty()) {
            return "'" + first + "' is not a command of " + name + "; its commands are "
                    + String.join(", ", cmd.getSubcommands().keySet());
        }
        return "'" + first + "' is one argument too many: " + name + " takes no further argument";
    }

    /** picocli's "Value for option option '-D' (key=value) should be in KEY=VALUE format but was x", in words. */
    private static String keyValue(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("Value for option option '([^']+)' \\(([^)]*)\\) should be in KEY=VALUE format but was (.*)")
                .matcher(String.valueOf(message));
        return m.matches() ? m.group(1) + " takes " + m.group(2) + ", such as " + m.group(1) + " http.port=8081, not '"
                + m.group(3) + "'" : message;
    }

    /** Every path given on the command line, under its option name or parameter label. */
    static List<ErrorText.Input> inputs(CommandLine.ParseResult parsed) {
        List<ErrorText.Input> inputs = new ArrayList<>();
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            for (CommandLine.Model.OptionSpec o : r.matchedOptions()) {
                addPaths(inputs, o.longestName(), o.getValue());
            }
            for (CommandLine.Model.PositionalParamSpec p : r.matchedPositionals()) {
                addPaths(inputs, p.paramLabel(), p.getValue());
            }
        }
        return inputs;
    }

    private static void addPaths(List<ErrorText.Input> inputs, String label, Object value) {
        if (value instanceof Path p) {
            inputs.add(new ErrorText.Input(label, p));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> addPaths(inputs, label, v));
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(ErrorText.dateOnlyProblem(value, e.getMessage()));
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: run, demo, send, status, validate, replay, sap-report, timeline, generate, export, bench or web-user");
    }
}
