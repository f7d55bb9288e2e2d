package nl.ijw.gateway.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.ijw.gateway.monitor.Scope;
import nl.ijw.gateway.web.Role;
import nl.ijw.gateway.web.UsersFile;
import nl.ijw.gateway.web.WebUser;

@Command(name = "web-user", description = {
        "Adds a user of the monitor's web pages to the users file (one line per user with name, role, scope and bcrypt hash, see docs/web.md).",
        "The password is read from standard input (one line, or a hidden prompt on a terminal) or from the"
                + " environment variable named by --password-env, never from an argument, so it stays out of the"
                + " shell history and the process list. A running gateway reads the changed file at the next login."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:user added", "2:usage error, the name exists already, or no password or a shorter one than 12 characters"})
final class WebUserCommand implements Callable<Integer> {

    /** The monitor shows what the scope holds, a privacy officer BSNs: no short passwords. */
    static final int MIN_PASSWORD = 12;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "User name: 1-64 of A-Z a-z 0-9 . _ @ - (e.g. gemeente-utrecht).")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "viewer (reads), operator (reads and resubmits dead letters) or privacy-officer (reads, sees BSNs).")
    String role;

    @Option(names = "--scope", required = true, paramLabel = "CODES",
            description = "What the user sees in full: * (everything), municipality codes (0344,0363) or a provider's AGB code.")
    String scope;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "Data folder whose web-users.txt receives the user (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--users", paramLabel = "FILE", description = "The users file itself, over --data (as web.users).")
    Path users;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Read the password from this environment variable.")
    String passwordEnv;

    @Option(names = "--cost", defaultValue = "12", paramLabel = "N",
            description = "bcrypt cost, 4-31 (default ${DEFAULT-VALUE}; every step doubles the work of a guess).")
    int cost;

    @Override
    public Integer call() throws Exception {
        if (cost < 4 || cost > 31) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cost must be 4-31, not " + cost);
        }
        Role r;
        Scope sc;
        try { // what was typed wrong is said before a password is asked for
            r = Role.parse(role);
            sc = Scope.parse(scope);
            WebUser.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path file = users != null ? users : data.resolve("web-users.txt");
        if (Files.isDirectory(file)) { // said before a password is asked for
            throw new CommandLine.ParameterException(spec.commandLine(), (users != null ? "--users " : "") + file
                    + " is a folder, not a file; give the users file (a text file, created when missing, e.g. "
                    + file.resolve("web-users.txt") + ")");
        }
        char[] password = password();
        if (password == null || password.length == 0) {
            spec.commandLine().getErr().println("error: no password given (standard input was empty"
                    + (passwordEnv != null ? ", or " + passwordEnv + " is not set" : "") + "); type it when asked, pipe it"
                    + " in (printf '%s' \"$PW\" | ./ijw-gateway web-user ...), or name an environment variable that holds"
                    + " it with --password-env VAR");
            return Main.ERROR;
        }
        if (password.length < MIN_PASSWORD) {
            java.util.Arrays.fill(password, '\0');
            spec.commandLine().getErr().println("error: the password has " + password.length + " characters; give at least "
                    + MIN_PASSWORD + " (a passphrase of a few words is easier to remember)");
            return Main.ERROR;
        }
        WebUser u;
        try {
            u = new WebUser(name, r, sc, UsersFile.hash(password, cost));
            UsersFile.add(file, u);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + ErrorText.of(e, Main.inputs(spec.commandLine().getParseResult())));
            return Main.ERROR;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        spec.commandLine().getOut().println("added " + u + " to " + file);
        return Main.OK;
    }

    private char[] password() throws java.io.IOException {
        if (passwordEnv != null) {
            String v = System.getenv(passwordEnv);
            return v == null ? null : v.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            return console.readPassword("password for %s: ", name);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
