package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Replay a history, export the journal of that replay, replay the export: the same findings, also pseudonymised. */
class ExportCommandTest {

    private static final Pattern BSN = Pattern.compile("<jw3\\d\\d:Bsn>(\\d+)<");
    private static final Pattern NAME = Pattern.compile("<ijw:(?:Achternaam|Voornamen)>([^<]+)<");

    @TempDir
    Path tmp;

    @Test
    void anExportReplaysToTheSameFindings() throws IOException {
        for (Path history : histories()) {
            Path data = replay(history, tmp.resolve("live-" + history.getFileName()));
            Path export = tmp.resolve("export-" + history.getFileName());
            Run r = export(null, "--data", data.toString(), "--out", export.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("export: "), r.out());
            Path again = replay(export, tmp.resolve("again-" + history.getFileName()));
            assertEquals(findings(data, Set.of("file")), findings(again, Set.of("file")), history.toString());
        }
    }

    @Test
    void pseudonymisedTheFindingsStayAndNoBsnOrNameIsLeft() throws IOException {
        Path history = tmp.resolve("generated");
        assertEquals(0, GenerateCommandTest.generate(history, 21, "0.2", "0.1").code());
        Path data = replay(history, tmp.resolve("live"));
        Path export = tmp.resolve("pseudo");
        Function<String, String> env = Map.of("IJW_PSEUDONYM_KEY", "a secret of the municipality")::get;
        Run r = export(env, "--data", data.toString(), "--pseudonymise", "--out", export.toString());
        assertEquals(0, r.code(), r.err());
        Set<String> realBsns = values(history, BSN);
        Set<String> pseudoBsns = values(export, BSN);
        assertEquals(realBsns.size(), pseudoBsns.size(), "one pseudonym per BSN, none shared");
        assertTrue(pseudoBsns.stream().noneMatch(realBsns::contains), "no real BSN left");
        assertTrue(pseudoBsns.stream().allMatch(b -> nl.ijw.gateway.domain.Bsn.of(b).passesElfproef()));
        Set<String> names = values(history, NAME);
        assertTrue(values(export, NAME).stream().noneMatch(names::contains), "no real name left");
        for (String bsn : realBsns) {
            assertFalse(r.out().contains(bsn) || r.err().contains(bsn), "export prints no BSN");
        }
        assertEquals(0, ValidateCommandTest.run("validate", export.resolve("messages").toString()).code(), "still valid");
        Path again = replay(export, tmp.resolve("again"));
        Set<String> ignored = Set.of("file", "bsnMasked", "text");
        assertEquals(findings(data, ignored), findings(again, ignored));

        Path second = tmp.resolve("pseudo2");
        assertEquals(0, export(env, "--data", data.toString(), "--pseudonymise", "--out", second.toString()).code());
        assertEquals(GenerateCommandTest.digests(export), GenerateCommandTest.digests(second), "same input, same pseudonyms");
    }

    @Test
    void fromAndToSelectOnTheReceiptDateAndTheBytesAreAsJournaled() throws IOException {
        Path history = ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory");
        Path data = replay(history, tmp.resolve("live"));
        Path export = tmp.resolve("feb-mar");
        Run r = export(null, "--data", data.toString(), "--from", "2026-02-04", "--to", "2026-03-13", "--out", export.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(export.resolve("manifest.csv"));
        assertEquals(List.of("receivedAt,file", "2026-02-04T10:00:00+01:00,messages/0000001-jw305.xml",
                "2026-02-05T10:00:00+01:00,messages/0000002-jw306.xml", "2026-03-09T10:00:00+01:00,messages/0000003-jw317.xml",
                "2026-03-10T10:00:00+01:00,messages/0000004-jw318.xml", "2026-03-13T10:00:00+01:00,messages/0000005-jw319.xml"),
                lines);
        assertEquals(Files.readString(history.resolve("messages/jw317.xml")),
                Files.readString(export.resolve("messages/0000003-jw317.xml")));
        Run reversed = export(null, "--data", data.toString(), "--from", "2026-03-01", "--to", "2026-02-01",
                "--out", tmp.resolve("z").toString());
        assertEquals(2, reversed.code());
        assertTrue(reversed.err().contains("--from 2026-03-01 is after --to 2026-02-01; swap them"), reversed.err());
        assertFalse(Files.exists(tmp.resolve("z")), "a refused export creates nothing");
    }

    /** The summary's times as the manifest holds them (Amsterdam, whole seconds), not UTC instants. */
    @Test
    void theSummarySaysTheReceiptTimesAsTheManifestDoesAndCountsInWords() throws IOException {
        Path data = replay(ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory"), tmp.resolve("live"));
        Path two = tmp.resolve("two");
        Run r = export(null, "--data", data.toString(), "--from", "2026-02-04", "--to", "2026-02-05", "--out", two.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("export: 2 messages, received 2026-02-04T10:00:00+01:00 to 2026-02-05T10:00:00+01:00 -> "
                + two.resolve("manifest.csv"), r.out().strip());
        Path one = tmp.resolve("one");
        r = export(null, "--data", data.toString(), "--from", "2026-02-04", "--to", "2026-02-04", "--out", one.toString());
        assertTrue(r.out().startsWith("export: 1 message, received 2026-02-04T10:00:00+01:00 to "), r.out());
    }

    /** README and the code (JournalExport): the retours a live gateway sent go in; only a replay's and the JW325s stay out. */
    @Test
    void helpSaysWhichOfTheGatewaysOwnAnswersGoIn() {
        String help = ValidateCommandTest.run("export", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("the retours a live gateway sent on a served party's behalf"), help);
        assertTrue(help.contains("a replay's own retours and the gateway's JW325s are left out"), help);
        assertFalse(help.contains("its own answers are left out"), help);
    }

    @Test
    void withoutAKeyOrADataDirectoryNothingIsWritten() throws IOException {
        Path data = replay(ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory"), tmp.resolve("live"));
        Run r = export(k -> null, "--data", data.toString(), "--pseudonymise", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("IJW_PSEUDONYM_KEY (it is not set)"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")));
        Run none = export(null, "--data", tmp.toString(), "--out", tmp.resolve("y").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("is no gateway data directory"), none.err());
        assertFalse(Files.exists(tmp.resolve("y")));
    }

    private static List<Path> histories() {
        return List.of(ValidateCommandTest.SAMPLES.resolve("histories/rule-violations"),
                ValidateCommandTest.SAMPLES.resolve("histories/withdrawal-and-correction"),
                ValidateCommandTest.SAMPLES.resolve("histories/sap-overdue-and-retroactive"));
    }

    private static Path replay(Path history, Path out) {
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay", history.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        return out;
    }

    /** The report's findings without the given fields, in order. */
    private static List<String> findings(Path replayOut, Set<String> without) throws IOException {
        JsonNode report = new ObjectMapper().readTree(replayOut.resolve("report.json").toFile());
        List<String> out = new ArrayList<>();
        out.add(report.get("messages") + "/" + report.get("accepted") + "/" + report.get("rejected"));
        for (JsonNode f : report.get("findings")) {
            ObjectNode o = f.deepCopy();
            o.remove(without);
            out.add(o.toString());
        }
        return out;
    }

    private static Set<String> values(Path dir, Pattern p) throws IOException {
        Set<String> out = new TreeSet<>();
        for (Path f : GenerateCommandTest.files(dir)) {
            if (f.toString().endsWith(".xml")) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    record Run(int code, String out, String err) {
    }

    private static Run export(Function<String, String> env, String... args) {
        ExportCommand cmd = new ExportCommand();
        if (env != null) {
            cmd.env = env;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            cl.getErr().println("error: " + ex.getMessage());
            return Main.ERROR;
        });
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new Run(code, out.toString(), err.toString());
    }
}
