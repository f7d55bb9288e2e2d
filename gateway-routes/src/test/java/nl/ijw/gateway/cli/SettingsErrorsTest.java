package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong settings a new user gives: each is refused, naming the option and the file, saying what is
 * wrong and what is expected (never ignored, never in the operating system's or a parser's words).
 */
class SettingsErrorsTest {

    private static final Path HISTORY = ErrorMessagesTest.HISTORY;

    @TempDir
    Path tmp;

    /** Exit 2 and every one of {@code expected} in the one error line. */
    private static String refused(ValidateCommandTest.Run r, String... expected) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        for (String e : expected) {
            assertTrue(r.err().contains(e), "'" + e + "' missing in: " + r.err());
        }
        return r.err();
    }

    /** Every command that takes --sap-config, with the file given. */
    private List<String[]> withSapConfig(Path file) {
        return List.of(new String[] {"sap-report", HISTORY.toString(), "--sap-config", file.toString()},
                new String[] {"replay", HISTORY.toString(), "--out", tmp.resolve("r").toString(), "--sap-config", file.toString()},
                new String[] {"timeline", HISTORY.toString(), "--bsn", TimelineCommandTest.LUUK, "--sap-config", file.toString()});
    }

    @Test
    void aSapConfigThatIsNotOneIsRefusedNamingTheLineAndTheKey() throws IOException {
        Path xml = Files.writeString(tmp.resolve("garbage.xml"), "<?xml version=\"1.0\"?>\n<settings/>\n");
        Path noPrefix = Files.writeString(tmp.resolve("noprefix.properties"), "# contract 2026\nOP271.days=10\n");
        Path typo = Files.writeString(tmp.resolve("typo.properties"), "sap.OP271.days=10\nsap.OP271.dayz=12\n");
        Path word = Files.writeString(tmp.resolve("word.properties"), "\nsap.OP271.days = ten\n");
        for (Path file : List.of(xml, noPrefix, typo, word)) {
            for (String[] args : withSapConfig(file)) {
                refused(ValidateCommandTest.run(args), "--sap-config " + file, file == word ? "e.g." : "sap.RULE.days=N");
            }
        }
        refused(ValidateCommandTest.run(withSapConfig(xml).get(0)), xml + " line 1: unknown setting '<?xml'");
        refused(ValidateCommandTest.run(withSapConfig(noPrefix).get(0)), noPrefix + " line 2: unknown setting 'OP271.days'");
        refused(ValidateCommandTest.run(withSapConfig(typo).get(0)), typo + " line 2: unknown SAP setting 'sap.OP271.dayz'");
        refused(ValidateCommandTest.run(withSapConfig(word).get(0)), word + " line 2: sap.OP271.days: 'ten' is not a number",
                "give a whole number, e.g. sap.OP271.days=10");
        assertFalse(Files.exists(tmp.resolve("r")), "the replay refused before writing anything");
    }

    @Test
    void everyDateOptionSaysItsNameAndTheFormItTakes() {
        for (String[] args : List.of(new String[] {"replay", HISTORY.toString(), "--out", tmp.resolve("r").toString()},
                new String[] {"sap-report", HISTORY.toString()},
                new String[] {"timeline", HISTORY.toString(), "--bsn", TimelineCommandTest.LUUK})) {
            String[] withAsOf = java.util.Arrays.copyOf(args, args.length + 2);
            withAsOf[args.length] = "--as-of";
            withAsOf[args.length + 1] = "2026-02-30";
            refused(ValidateCommandTest.run(withAsOf), "--as-of '2026-02-30' is not a date or time", "give an ISO-8601 date (2026-03-02)");
        }
        refused(ValidateCommandTest.run("sap-report", HISTORY.toString(), "--from", "2026-02-30"),
                "'--from'", "'2026-02-30' is not a valid date", "give it as yyyy-mm-dd");
        refused(ValidateCommandTest.run("generate", "--clients", "1", "--start", "1-1-2026", "--out", tmp.resolve("g").toString()),
                "'--start'", "give it as yyyy-mm-dd");
        refused(ValidateCommandTest.run("sap-report", HISTORY.toString(), "--from", "2026-12-01", "--to", "2026-11-01"),
                "--from 2026-12-01 is after --to 2026-11-01; swap them: --from 2026-11-01 --to 2026-12-01");
    }

    @Test
    void aFileGivenAsDataFolderIsSaidToBeAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("garbage.xml"), "<x/>");
        refused(ValidateCommandTest.run("run", "--data", file.toString()), "--data " + file, "is a file, not a folder; give a folder");
        refused(ValidateCommandTest.run("demo", "--data", file.toString(), "--clients", "1"),
                "--data " + file, "is a file, not a folder; give a folder");
        assertEquals("<x/>", Files.readString(file));
    }

    /** The commands that read a data folder or write a new one, given a file: it is a file, give a folder. */
    @Test
    void aFileGivenForAnyFolderOptionIsSaidToBeAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("garbage.xml"), "<x/>");
        refused(ValidateCommandTest.run("timeline", "--data", file.toString(), "--bsn", TimelineCommandTest.LUUK),
                "--data " + file + " is a file, not a folder; give a gateway data folder");
        refused(ValidateCommandTest.run("export", "--data", file.toString(), "--out", tmp.resolve("e").toString()),
                "--data " + file + " is a file, not a folder; give a gateway data folder");
        refused(ValidateCommandTest.run("replay", HISTORY.toString(), "--out", file.toString()),
                "is a file, not a folder; give a new or empty folder");
        assertFalse(Files.exists(tmp.resolve("e")));
    }

    /** A history given as --data: say it is a history and how to give it, not only "no database". */
    @Test
    void aHistoryGivenAsDataFolderIsSaidToBeAHistory() {
        refused(ValidateCommandTest.run("timeline", "--data", HISTORY.toString(), "--bsn", TimelineCommandTest.LUUK),
                "it holds a history (manifest.csv): give it as the history, not as a data folder");
        refused(ValidateCommandTest.run("export", "--data", HISTORY.toString(), "--out", tmp.resolve("e").toString()),
                "it holds a history (manifest.csv)");
    }

    @Test
    void tooManyMunicipalitiesSaysHowManyThereAre() {
        refused(ValidateCommandTest.run("generate", "--clients", "5", "--municipalities", "400", "--months", "2",
                "--out", tmp.resolve("g").toString()), "the CBS list has only 342 municipalities; give at most 342");
    }

    /** A relative --data without a store was reported as a defect of the gateway. */
    @Test
    void aRelativeDataFolderWithoutAStoreIsSaidInWords() {
        refused(ValidateCommandTest.run("export", "--data", "gateway-routes", "--out", tmp.resolve("e").toString()),
                "--data gateway-routes is no gateway data directory", "give a gateway data folder");
    }

    @Test
    void aFolderGivenAsUsersFileIsSaidToBeAFolder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream("a long passphrase\n".getBytes(StandardCharsets.UTF_8)));
        try {
            refused(ValidateCommandTest.run("web-user", "alice", "--role", "viewer", "--scope", "0599", "--users",
                    dir.toString(), "--cost", "4"), "--users " + dir + " is a folder, not a file; give the users file");
        } finally {
            System.setIn(before);
        }
    }
}
