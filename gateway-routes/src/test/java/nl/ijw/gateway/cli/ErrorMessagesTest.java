package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.store.DatabaseConfig;

/**
 * Every error says in words what is wrong, naming the option or file, and what to do: never a
 * bare path, never a Java exception name or a raw database text. Each kind of failure is
 * provoked for real where the machine allows it.
 */
class ErrorMessagesTest {

    static final Path HISTORY = ValidateCommandTest.SAMPLES.resolve("histories/sap-on-time");
    private static final Pattern JAVA_NAME = Pattern.compile("\\b\\w*(Exception|Error)\\b|\\bjava\\.|\\borg\\.h2|\\[\\d{5}-\\d+]");

    @TempDir
    Path tmp;

    /** Exit 2, one error line in words that contains all of {@code expected}. */
    private static String refused(ValidateCommandTest.Run r, String... expected) {
        assertEquals(2, r.code(), r.out() + r.err());
        String err = r.err();
        assertTrue(err.startsWith("error: "), err);
        assertFalse(JAVA_NAME.matcher(err).find(), "a Java or H2 name in: " + err);
        for (String line : err.lines().toList()) {
            assertFalse(line.matches("error: \\S+"), "a bare path: " + line);
        }
        for (String e : expected) {
            assertTrue(err.contains(e), "'" + e + "' missing in: " + err);
        }
        return err;
    }

    private static ValidateCommandTest.Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    @Test
    void aMissingFileNamesItsOption() {
        Path missing = tmp.resolve("missing.properties");
        refused(run("replay", HISTORY.toString(), "--out", tmp.resolve("o").toString(), "--sap-config", missing.toString()),
                "--sap-config " + missing, "no such file");
        refused(run("replay", HISTORY.toString(), "--out", tmp.resolve("o").toString(), "--tariffs", missing.toString()),
                "--tariffs " + missing, "no such file");
        refused(run("validate", "--schemas", missing.toString(), "x.xml"), "--schemas " + missing, "no such folder",
                "leave --schemas out to validate with the built-in schemas");
    }

    /** --schemas takes the folder of the iJw 3.2 .xsd files: a file, or a folder without one, is said as such. */
    @Test
    void aSchemasPathThatHoldsNoSchemas() throws IOException {
        String message = ValidateCommandTest.SAMPLES.resolve("messages/jw305.xml").toString();
        Path file = Files.copy(Path.of(message), tmp.resolve("jw305.xml"));
        String err = refused(run("validate", "--schemas", file.toString(), message),
                "--schemas " + file + " is a file, not a folder; give the folder that holds the iJw 3.2 .xsd files",
                "or leave --schemas out to validate with the built-in schemas");
        assertFalse(err.contains("no such folder"), err);
        refused(run("validate", "--schemas", message, message), "error: --schemas " + message + " is a file, not a folder");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        refused(run("validate", "--schemas", empty.toString(), message),
                "--schemas " + empty + " holds no .xsd file (subfolders searched too); give the folder that holds the"
                        + " iJw 3.2 .xsd files", "or leave --schemas out to validate with the built-in schemas");
    }

    @Test
    void aFolderWhereAFileIsExpected() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("adir"));
        refused(run("replay", HISTORY.toString(), "--out", tmp.resolve("o").toString(), "--calendar", dir.toString()),
                "--calendar " + dir, "a folder was given where a file is expected");
        refused(run("replay", HISTORY.toString(), "--out", tmp.resolve("o").toString(), "--gemeenten", dir.toString()),
                "--gemeenten " + dir, "a folder was given where a file is expected");
        refused(run("sap-report", HISTORY.toString(), "--out", dir.toString()),
                "Cannot write the report", "--out " + dir, "is a folder where a file is expected");
    }

    @Test
    void aNonExistentFolder() throws IOException {
        refused(run("sap-report", HISTORY.toString(), "--out", tmp.resolve("no/such/r.json").toString()),
                "--out", "does not exist; create it first");
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        refused(run("replay", HISTORY.toString(), "--out", file.resolve("sub").toString()),
                "--out " + file.resolve("sub"), "a part of this path is a file where a folder is expected");
        refused(run("replay", tmp.resolve("nohistory").toString(), "--out", tmp.resolve("o").toString()),
                "HISTORY " + tmp.resolve("nohistory") + ": not found");
        refused(run("validate", tmp.resolve("nofolder").toString()), "PATH " + tmp.resolve("nofolder"), "no such file or folder");
    }

    @Test
    void aBadDateSaysWhatADateLooksLike() {
        refused(run("sap-report", HISTORY.toString(), "--from", "2026-13-01"),
                "--from", "'2026-13-01' is not a valid date", "2026-03-31");
        refused(run("sap-report", HISTORY.toString(), "--to", "31-03-2026"), "--to", "'31-03-2026' is not a valid date");
        refused(run("replay", HISTORY.toString(), "--out", tmp.resolve("o").toString(), "--as-of", "2026-02-30"),
                "--as-of '2026-02-30' is not a date or time");
        refused(run("replay", HISTORY.toString(), "--out", tmp.resolve("o").toString(), "--as-of", "tomorrow"),
                "--as-of 'tomorrow' is not a date or time");
    }

    /** The data folder held by another process: H2 refuses, the user is told what to do. */
    @Test
    void aLockedDatabase() throws IOException {
        Path data = tmp.resolve("data");
        assertEquals(0, run("replay", HISTORY.toString(), "--out", data.toString()).code());
        Path mvdb = DatabaseConfig.h2DataFile(data);
        // H2 locks its file with FileChannel.tryLock; a lock held here is what another process's looks like.
        try (FileChannel ch = FileChannel.open(mvdb, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            for (String[] args : List.of(new String[] {"sap-report", data.toString(), "--as-of", "2026-12-31"},
                    new String[] {"timeline", "--data", data.toString(), "--bsn", TimelineCommandTest.LUUK},
                    new String[] {"export", "--data", data.toString(), "--out", tmp.resolve("x/ex1").toString()})) {
                String err = refused(run(args), "Cannot open the gateway database in ", data.toAbsolutePath().toString(),
                        "in use by a running gateway", "stop that gateway", "web monitor");
                assertFalse(err.contains("jdbc:"), err);
            }
            assertFalse(Files.exists(tmp.resolve("x")), "a failed export creates nothing");
        }
        assertEquals(0, run("export", "--data", data.toString(), "--out", tmp.resolve("x/ex1").toString()).code(),
                "the same export, the database free again");
        assertEquals(0, run("sap-report", data.toString(), "--as-of", "2026-12-31").code(), "readable again");
    }

    @Test
    void anUnreadableFile() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file; see unreadableInWords");
        Path f = Files.copy(ValidateCommandTest.SAMPLES.resolve("messages/jw301.xml"), tmp.resolve("jw301.xml"));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        ValidateCommandTest.Run r = run("validate", f.toString());
        refused(r, "cannot read", f.toString(), "permission denied");
    }

    /** What a file the user may not read turns into, as the JDK reports it (tests run as root here). */
    @Test
    void unreadableInWords() {
        Path f = tmp.resolve("report.json");
        String text = ErrorText.of(new AccessDeniedException(f.toString()), List.of(new ErrorText.Input("--out", f)));
        assertEquals("--out " + f + ": permission denied; check its permissions, or give another path", text);
        String under = ErrorText.of(new java.io.UncheckedIOException(new AccessDeniedException(f.resolve("db").toString())),
                List.of(new ErrorText.Input("--out", f)));
        assertEquals(f.resolve("db") + " (in --out " + f + "): permission denied; check its permissions, or give another path", under);
    }

    /** A heap too small for the job (a preparer's error reaches the command wrapped) says how to give more. */
    @Test
    void outOfMemorySaysHowToGiveMore() {
        String text = ErrorText.of(new IllegalStateException(new OutOfMemoryError("Java heap space")), List.of());
        assertTrue(text.startsWith("out of memory: this Java's heap (at most "), text);
        assertTrue(text.contains("IJW_JAVA_OPTS=-Xmx"), text);
        assertFalse(JAVA_NAME.matcher(text).find(), text);
    }

    /** The heap suggested is more than the one that ran out, never the same again. */
    @Test
    void outOfMemorySuggestsMoreThanTheHeapItHad() {
        assertTrue(ErrorText.outOfMemory(256L << 20).endsWith("IJW_JAVA_OPTS=-Xmx1g ./ijw-gateway ..."));
        assertTrue(ErrorText.outOfMemory(1024L << 20).contains("(at most 1024 MB)"));
        assertTrue(ErrorText.outOfMemory(1024L << 20).endsWith("IJW_JAVA_OPTS=-Xmx2g ./ijw-gateway ..."));
        assertTrue(ErrorText.outOfMemory(6144L << 20).endsWith("IJW_JAVA_OPTS=-Xmx12g ./ijw-gateway ..."));
    }

    @Test
    void libraryTextsLoseTheirClassNames() {
        assertTrue(ErrorText.of(new SQLException("Database may be already in use: x [90020-224]", "90020", 90020), List.of())
                .startsWith("it is in use by a running gateway"));
        String other = ErrorText.of(new SQLException("Table \"X\" not found [42102-224]", "42S02", 42102), List.of());
        assertFalse(JAVA_NAME.matcher(other).find(), other);
        String date = ErrorText.of(assertThrowsParse(), List.of());
        assertTrue(date.startsWith("'2026-13-01' is not a valid date or time"), date);
        String npe = ErrorText.of(new NullPointerException("x is null"), List.of());
        assertTrue(npe.startsWith("unexpected failure, a defect of the gateway"), npe);
        assertFalse(JAVA_NAME.matcher(npe).find(), npe);
    }

    private static DateTimeParseException assertThrowsParse() {
        try {
            LocalDate.parse("2026-13-01");
        } catch (DateTimeParseException e) {
            return e;
        }
        throw new AssertionError("2026-13-01 parsed");
    }

    @Test
    void usageErrorsAreOneLineAndPointToHelp() {
        String err = refused(run("validate", "--bogus", "x"), "Unknown option: '--bogus'");
        assertTrue(err.contains("Run 'ijw-gateway validate --help' for its options."), err);
        assertFalse(err.contains("Usage:"), "the whole usage floods the error: " + err);
        refused(run("validate"), "Missing required parameter: 'PATH'");
        refused(run(), "Missing command");
        refused(run("bench"), "Missing benchmark");
        refused(run("valdate"), "Did you mean: validate");
    }
}
