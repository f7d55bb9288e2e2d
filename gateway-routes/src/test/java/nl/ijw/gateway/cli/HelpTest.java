package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --help} and {@code -h} work on every command and subcommand, found by walking picocli's
 * command tree (so a command added later is covered too), run nothing, and the help text is not
 * cut mid-sentence or mid-word.
 */
class HelpTest {

    /** Every command path under ijw-gateway, the top itself as "". */
    static Stream<String> commands() {
        List<String> all = new ArrayList<>();
        walk(new CommandLine(new Main()), "", all);
        return all.stream();
    }

    private static void walk(CommandLine cl, String path, List<String> into) {
        into.add(path);
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) { // aliases once
                walk(sub, path.isEmpty() ? name : path + " " + name, into);
            }
        });
    }

    @Test
    void theWalkFindsTheBenchSubcommands() {
        List<String> all = commands().toList();
        assertTrue(all.containsAll(List.of("", "validate", "replay", "sap-report", "bench", "bench validate",
                "bench process", "bench replay")), all.toString());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpPrintsUsageAndExitsZero(String command) {
        for (String flag : List.of("--help", "-h")) {
            List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
            args.add(flag);
            ValidateCommandTest.Run r = ValidateCommandTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), command + " " + flag + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: ijw-gateway" + (command.isEmpty() ? "" : " " + command) + " "), r.out());
            assertTrue(r.out().contains("--help"), r.out());
            assertTrue(r.out().contains("Exit codes:"), command + " lists its exit codes: " + r.out());
            assertEquals("", r.err());
        }
    }

    /** Each description is whole sentences; the first one stands alone in the parent's command list. */
    @ParameterizedTest
    @MethodSource("commands")
    void descriptionsAreWholeSentences(String command) {
        CommandSpec spec = spec(command);
        List<String> texts = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
        for (ArgSpec a : spec.args()) {
            texts.addAll(Arrays.asList(a.description()));
        }
        assertTrue(spec.usageMessage().description().length > 0, command + " has a description");
        for (String t : texts) {
            assertTrue(t.strip().matches("(?s).*[.)]"), command + ": cut mid-sentence: '" + t + "'");
        }
    }

    /**
     * picocli formats every help text: a lone % ("10% of") makes it print a warning instead of the
     * help's first lines and show the text unformatted. Checked on the texts as written (picocli's
     * model hands them out formatted already).
     */
    @ParameterizedTest
    @MethodSource("commands")
    void helpTextsAreValidFormats(String command) {
        Object user = spec(command).userObject();
        List<String> texts = new ArrayList<>();
        CommandLine.Command c = user.getClass().getAnnotation(CommandLine.Command.class);
        if (c != null) {
            texts.addAll(Arrays.asList(c.description()));
            texts.addAll(Arrays.asList(c.header()));
            texts.addAll(Arrays.asList(c.footer()));
            texts.addAll(Arrays.asList(c.exitCodeList()));
        }
        for (Class<?> k = user.getClass(); k != null; k = k.getSuperclass()) {
            for (java.lang.reflect.Field f : k.getDeclaredFields()) {
                CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
                CommandLine.Parameters p = f.getAnnotation(CommandLine.Parameters.class);
                texts.addAll(Arrays.asList(o != null ? o.description() : p != null ? p.description() : new String[0]));
            }
        }
        for (String t : texts) {
            assertDoesNotThrow(() -> String.format(t), command + ": a % that is not %% in '" + t + "'");
        }
    }

    /** Wrapping at 80 columns breaks lines only between words: the words are those of an unwrapped help. */
    @ParameterizedTest
    @MethodSource("commands")
    void wrappingNeverSplitsAWord(String command) {
        CommandLine cl = line(command);
        String narrow = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        cl.getCommandSpec().usageMessage().width(1000);
        String wide = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertEquals(words(wide), words(narrow), command);
    }

    private static List<String> words(String s) {
        return List.of(s.strip().split("\\s+"));
    }

    private static CommandSpec spec(String command) {
        return line(command).getCommandSpec();
    }

    private static CommandLine line(String command) {
        CommandLine cl = new CommandLine(new Main());
        if (!command.isEmpty()) {
            for (String name : command.split(" ")) {
                cl = cl.getSubcommands().get(name);
            }
        }
        return cl;
    }
}
