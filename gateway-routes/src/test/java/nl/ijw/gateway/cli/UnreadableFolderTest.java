package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import nl.ijw.gateway.files.FailingWalk;

/**
 * A folder with a readable message and a subfolder the user may not read: validate still validates
 * the message and says the subfolder was not readable (not "not found"); send sends nothing and
 * says why. Tests run as root here and in CI, so a walk that fails at that subfolder stands in for
 * the permissions; where permissions bind, the real case is run too.
 */
class UnreadableFolderTest {

    @TempDir
    Path tmp;

    private Path folder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("nob2/closed"));
        Files.copy(ValidateCommandTest.SAMPLES.resolve("messages/jw301.xml"), tmp.resolve("nob2/ok.xml"));
        Files.copy(ValidateCommandTest.SAMPLES.resolve("messages/jw305.xml"), dir.resolve("hidden.xml"));
        return tmp.resolve("nob2");
    }

    @Test
    void validateValidatesTheReadableFilesAndSaysWhichFolderItCouldNotRead() throws IOException {
        Path dir = folder();
        ValidateCommand command = new ValidateCommand();
        command.xmlFiles = FailingWalk.at(dir.resolve("closed"));
        ValidateCommandTest.Run r = execute(command, dir.toString());
        assertValidatedAllButClosed(r, dir);
    }

    @Test
    void validateOnDiskWherePermissionsBind() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder; see the test above");
        Path dir = folder();
        Files.setPosixFilePermissions(dir.resolve("closed"), PosixFilePermissions.fromString("---------"));
        try {
            assertValidatedAllButClosed(ValidateCommandTest.run("validate", dir.toString()), dir);
        } finally {
            Files.setPosixFilePermissions(dir.resolve("closed"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void assertValidatedAllButClosed(ValidateCommandTest.Run r, Path dir) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("VALID " + dir.resolve("ok.xml") + " JW301", r.lines().get(0), r.out());
        assertEquals("1 file: 1 valid, 0 invalid; 1 folder not readable", r.lines().get(1), r.out());
        assertEquals("error: cannot read the folder " + dir.resolve("closed") + " (in PATH " + dir + "): permission"
                + " denied; check its permissions, or give another path; the files in it were not validated",
                r.err().strip());
        assertFalse((r.out() + r.err()).contains("not found"), r.out() + r.err());
    }

    @Test
    void validateOfAFolderItCannotReadAtAllSaysSoOnce() throws IOException {
        Path dir = folder();
        ValidateCommand command = new ValidateCommand();
        command.xmlFiles = FailingWalk.at(dir);
        ValidateCommandTest.Run r = execute(command, dir.toString());
        assertEquals(2, r.code());
        assertEquals("0 files: nothing was validated; 1 folder not readable", r.out().strip());
        assertEquals("error: cannot read the folder PATH " + dir + ": permission denied; check its permissions, or give"
                + " another path; the files in it were not validated", r.err().strip());
    }

    /** send puts nothing on the queue when a file cannot be read: said before it connects to any broker. */
    @Test
    void sendSendsNothingAndSaysWhichFolderItCouldNotRead() throws IOException {
        Path dir = folder();
        SendCommand command = new SendCommand();
        command.xmlFiles = FailingWalk.at(dir.resolve("closed"));
        ValidateCommandTest.Run r = execute(command, dir.toString(), "-D", "broker.port=1");
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals("error: cannot read the folder " + dir.resolve("closed") + " (in FILE " + dir + "): permission"
                + " denied; check its permissions, or give another path\nnothing was sent", r.err().strip());
    }

    private static ValidateCommandTest.Run execute(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new ValidateCommandTest.Run(code, out.toString(), err.toString());
    }
}
