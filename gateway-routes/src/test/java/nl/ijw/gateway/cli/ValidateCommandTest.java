package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    static final Path SAMPLES = locateSamples();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validSamplesExitZeroWithOneLinePerFile() {
        Run r = run("validate", SAMPLES.resolve("messages").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(15, r.lines().size());
        assertTrue(r.lines().subList(0, 14).stream().allMatch(l -> l.matches("VALID \\S+jw3\\d\\d\\.xml JW3\\d\\d")), r.out());
        assertEquals("14 files: 14 valid, 0 invalid", r.lines().get(14));
        assertTrue(r.out().contains("jw305.xml JW305"));
    }

    @Test
    void invalidSamplesExitOneAndListEveryProblemIndented() throws IOException {
        Run r = run("validate", SAMPLES.resolve("invalid").toString());
        assertEquals(1, r.code());
        List<String> lines = r.lines();
        List<String> heads = lines.subList(0, lines.size() - 1).stream().filter(l -> !l.startsWith("  ")).toList();
        long files = Files.list(SAMPLES.resolve("invalid")).filter(p -> p.toString().endsWith(".xml")).count();
        assertEquals(files, heads.size());
        assertTrue(heads.stream().allMatch(l -> l.matches("INVALID \\S+: (\\d+:\\d+ )?[A-Z_]+ .+")), r.out());
        assertTrue(r.out().contains("jw315-date-june-31.xml: "), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("  ") && l.contains("retourcode 0001")));
    }

    @Test
    void jsonGivesOneObjectPerFile() throws IOException {
        Run r = run("validate", "--json", SAMPLES.resolve("messages/jw301.xml").toString(),
                SAMPLES.resolve("invalid/jw305-bsn-8-digits.xml").toString());
        assertEquals(1, r.code());
        ObjectMapper m = new ObjectMapper();
        JsonNode valid = m.readTree(r.lines().get(0));
        JsonNode invalid = m.readTree(r.lines().get(1));
        assertTrue(valid.get("valid").asBoolean());
        assertEquals("JW301", valid.get("type").asText());
        assertEquals("3.2", valid.get("release").asText());
        assertTrue(valid.get("schemaVersion").asText().contains("sha256:"));
        assertEquals(false, invalid.get("valid").asBoolean());
        JsonNode f = invalid.get("findings").get(0);
        assertEquals("SCHEMA", f.get("rule").asText());
        assertEquals("0001", f.get("retourCode").asText());
        assertTrue(f.get("path").asText().endsWith("/Bsn"), f.toString());
        assertTrue(f.get("line").asInt() > 0);
        assertTrue(!f.get("message").asText().contains("26481937"), "BSN value must be masked: " + f);
    }

    @Test
    void usageAndIoErrorsExitTwo() {
        assertEquals(2, run("validate").code());
        assertEquals(2, run("validate", "--bogus", "x").code());
        Run missing = run("validate", tmp.resolve("nope.xml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        assertEquals(2, run().code());
    }

    @Test
    void anotherSchemaFolderCanBeGiven() throws IOException {
        Path dir = tmp.resolve("schemas");
        Files.createDirectories(dir);
        for (String name : List.of("basisschema", "jw305")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("xsd/ijw-3.2/" + name + ".xsd")) {
                Files.copy(in, dir.resolve(name + ".xsd"));
            }
        }
        Run ok = run("validate", "--json", "--schemas", dir.toString(), SAMPLES.resolve("messages/jw305.xml").toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("\"schemaVersion\":\"dir "), ok.out());
        // This folder has no JW301 schema, so a JW301 cannot be declared valid with it.
        Run no301 = run("validate", "--schemas", dir.toString(), SAMPLES.resolve("messages/jw301.xml").toString());
        assertEquals(1, no301.code(), no301.out());
        assertEquals(2, run("validate", "--schemas", tmp.resolve("none").toString(), "x.xml").code());
    }

    @Test
    void theSummarySaysHowManyOfEach() {
        Run r = run("validate", SAMPLES.resolve("messages/jw301.xml").toString(),
                SAMPLES.resolve("invalid/jw305-bsn-8-digits.xml").toString(), SAMPLES.resolve("messages/jw305.xml").toString());
        assertEquals(1, r.code());
        assertEquals("3 files: 2 valid, 1 invalid", r.lines().get(r.lines().size() - 1));
        Run one = run("validate", SAMPLES.resolve("messages/jw301.xml").toString());
        assertEquals("1 file: 1 valid, 0 invalid", one.lines().get(1), "singular for one");
        Run json = run("validate", "--json", SAMPLES.resolve("messages/jw301.xml").toString());
        assertEquals(1, json.lines().size(), "with --json standard output holds only JSON: " + json.out());
        assertTrue(json.lines().get(0).startsWith("{"), json.out());
        assertEquals("1 file: 1 valid, 0 invalid", json.err().strip());
    }

    /** validate a.xml missing.xml b.xml: a and b are validated, the missing one is named, exit 2. */
    @Test
    void oneMissingPathAmongSeveral() {
        Path missing = tmp.resolve("missing.xml");
        Run r = run("validate", SAMPLES.resolve("messages/jw301.xml").toString(), missing.toString(),
                SAMPLES.resolve("messages/jw305.xml").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(List.of("VALID " + SAMPLES.resolve("messages/jw301.xml") + " JW301",
                "VALID " + SAMPLES.resolve("messages/jw305.xml") + " JW305",
                "2 files: 2 valid, 0 invalid; 1 path not found"), r.lines());
        assertEquals("error: PATH " + missing + ": no such file or folder; check the path", r.err().strip());
    }

    @Test
    void noFilesFoundIsSaidAndExitsTwo() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty/sub"));
        Files.writeString(empty.resolve("notes.txt"), "not xml");
        Run r = run("validate", tmp.resolve("empty").toString());
        assertEquals(2, r.code());
        assertEquals(List.of("0 files: nothing was validated"), r.lines());
        assertTrue(r.err().contains("no *.xml file found in " + tmp.resolve("empty")), r.err());
    }

    /** However many threads validate, the output is in file order, byte for byte. */
    @Test
    void outputIsInFileOrderWhateverTheThreads() {
        String folder = SAMPLES.toString();
        Run one = run("validate", "--threads", "1", folder);
        Run many = run("validate", "--threads", "7", folder);
        Run json1 = run("validate", "--json", "--threads", "1", folder);
        Run json7 = run("validate", "--json", "--threads", "7", folder);
        assertEquals(one.out(), many.out());
        assertEquals(json1.out(), json7.out());
        List<String> files = one.lines().stream().filter(l -> !l.startsWith("  ") && l.contains("VALID "))
                .map(l -> l.split(" ")[1].replaceAll(":$", "")).toList();
        assertEquals(files.stream().sorted().toList(), files, "sorted within each folder, and samples/ is one folder");
        assertTrue(files.size() > 30, files.toString());
    }

    @Test
    void countsHaveOneFormat() {
        assertEquals("1 file", nl.ijw.gateway.text.Counts.of(1, "file"));
        assertEquals("0 files", nl.ijw.gateway.text.Counts.of(0, "file"));
        assertEquals("12,345 messages", nl.ijw.gateway.text.Counts.of(12_345, "message"));
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("nl-NL"));
            assertEquals("1,234,567", nl.ijw.gateway.text.Counts.number(1_234_567L), "not the machine's 1.234.567");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    static Path locateSamples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples/messages"))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found");
    }
}
