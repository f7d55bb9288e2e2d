package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code web-user}: typing errors before the password, no short passwords, a bcrypt line in the file. */
class WebUserCommandTest {

    @TempDir
    Path data;

    /** Runs the command with {@code stdin} as its standard input (the password), restoring the JVM's afterwards. */
    private static ValidateCommandTest.Run withInput(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return ValidateCommandTest.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aWrongRoleOrScopeIsSaidBeforeAnyPasswordIsRead() {
        ValidateCommandTest.Run role = withInput("", "web-user", "alice", "--role", "boss", "--scope", "*",
                "--data", data.toString());
        assertEquals(2, role.code());
        assertTrue(role.err().contains("role 'boss' is not one of viewer, operator, privacy-officer"), role.err());
        ValidateCommandTest.Run scope = withInput("", "web-user", "alice", "--role", "viewer", "--scope", "12",
                "--data", data.toString());
        assertEquals(2, scope.code());
        assertTrue(scope.err().contains("'12' is neither a 4-digit municipality code nor an 8-digit AGB code"), scope.err());
    }

    @Test
    void aShortPasswordIsRefusedAndALongOneAdded() throws Exception {
        ValidateCommandTest.Run shortOne = withInput("geheim\n", "web-user", "alice", "--role", "viewer", "--scope", "0599",
                "--data", data.toString(), "--cost", "4");
        assertEquals(2, shortOne.code());
        assertEquals("error: the password has 6 characters; give at least 12 (a passphrase of a few words is easier to"
                + " remember)", shortOne.err().strip());
        assertFalse(Files.exists(data.resolve("web-users.txt")), "nobody was added");
        ValidateCommandTest.Run added = withInput("a long passphrase\n", "web-user", "alice", "--role", "viewer", "--scope",
                "0599", "--data", data.toString(), "--cost", "4");
        assertEquals(0, added.code(), added.err());
        String line = Files.readString(data.resolve("web-users.txt"));
        assertTrue(line.contains("alice") && line.contains("$2"), "a bcrypt line for alice: " + line);
        assertFalse(line.contains("a long passphrase"));
    }

    @Test
    void noPasswordSaysHowToGiveOne() {
        ValidateCommandTest.Run none = withInput("", "web-user", "alice", "--role", "viewer", "--scope", "0599",
                "--data", data.toString(), "--cost", "4");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("error: no password given (standard input was empty); type it when asked, pipe it"
                + " in"), none.err());
        assertTrue(none.err().contains("--password-env VAR"), none.err());
    }
}
