package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} and {@code -h} work on every command and subcommand, and run nothing. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "replay", "sap-report", "generate", "export", "bench", "bench validate", "bench process", "bench replay"})
    void helpPrintsUsageAndExitsZero(String command) {
        for (String flag : List.of("--help", "-h")) {
            List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
            args.add(flag);
            ValidateCommandTest.Run r = ValidateCommandTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), command + " " + flag + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: ijw-gateway" + (command.isEmpty() ? "" : " " + command) + " "), r.out());
            assertTrue(r.out().contains("--help"), r.out());
        }
    }
}
