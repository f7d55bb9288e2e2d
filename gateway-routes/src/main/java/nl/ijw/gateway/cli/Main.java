package nl.ijw.gateway.cli;

import java.io.PrintWriter;

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
        subcommands = {ValidateCommand.class, ReplayCommand.class, SapReportCommand.class, GenerateCommand.class,
                ExportCommand.class, BenchCommand.class},
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
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("error: " + ex.getMessage());
            return ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: validate, replay, sap-report, generate, export or bench");
    }
}
