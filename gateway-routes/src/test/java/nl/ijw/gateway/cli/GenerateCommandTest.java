package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    static ValidateCommandTest.Run generate(Path out, long seed, String late, String missing) {
        return ValidateCommandTest.run("generate", "--clients", "40", "--providers", "4", "--municipalities", "3",
                "--months", "5", "--seed", Long.toString(seed), "--late-rate", late, "--missing-rate", missing,
                "--out", out.toString());
    }

    /** One client is "1 client"; times as the manifest holds them (Amsterdam, whole seconds), not UTC instants. */
    @Test
    void theSummaryCountsInWordsAndSaysTheTimesAsTheManifestDoes() throws IOException {
        Path out = tmp.resolve("one");
        ValidateCommandTest.Run r = ValidateCommandTest.run("generate", "--clients", "1", "--providers", "1",
                "--municipalities", "1", "--months", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
        String first = manifest.get(1).split(",")[0];
        String last = manifest.get(manifest.size() - 1).split(",")[0];
        assertTrue(first.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00"), first);
        assertEquals("generate: 1 client, " + (manifest.size() - 1) + " messages, received " + first + " to " + last
                + " -> " + out.resolve("manifest.csv"), r.out().strip());
    }

    /** A client whose first message falls after the period has none in it: the summary says how many, not just the count asked for. */
    @Test
    void theSummarySaysHowManyClientsHaveNoMessageInThePeriod() throws IOException {
        Path out = tmp.resolve("short");
        ValidateCommandTest.Run r = ValidateCommandTest.run("generate", "--clients", "300", "--providers", "3",
                "--municipalities", "2", "--months", "1", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
        long withMessages = manifest.stream().skip(1).map(l -> l.split(",")[1].split("/")[2].substring(0, 6)).distinct().count();
        long none = 300 - withMessages;
        assertTrue(none > 0, "this seed and month leave some clients without a message: " + r.out());
        assertTrue(r.out().startsWith("generate: 300 clients (" + none + " client" + (none == 1 ? "" : "s")
                + " without a message in the period: " + (none == 1 ? "its" : "their") + " first message falls after its end), "
                + String.format(java.util.Locale.ROOT, "%,d", manifest.size() - 1) + " messages, received "), r.out());
    }

    @Test
    void sameArgumentsGiveTheSameBytesAndAnotherSeedOthers() throws IOException {
        assertEquals(0, generate(tmp.resolve("a"), 5, "0.1", "0.05").code());
        assertEquals(0, generate(tmp.resolve("b"), 5, "0.1", "0.05").code());
        assertEquals(0, generate(tmp.resolve("c"), 6, "0.1", "0.05").code());
        assertEquals(digests(tmp.resolve("a")), digests(tmp.resolve("b")));
        assertNotEquals(digests(tmp.resolve("a")).get("manifest.csv"), digests(tmp.resolve("c")).get("manifest.csv"));
    }

    @Test
    void everyMessageIsSchemaValidAndEveryBsnPassesTheElfproef() throws IOException {
        Path h = tmp.resolve("h");
        assertEquals(0, generate(h, 3, "0.2", "0.1").code());
        ValidateCommandTest.Run v = ValidateCommandTest.run("validate", h.resolve("messages").toString());
        assertEquals(0, v.code(), v.out());
        assertTrue(v.lines().size() > 200, v.lines().size() + " files");
        Pattern bsn = Pattern.compile("<jw3\\d\\d:Bsn>(\\d+)<");
        for (Path f : files(h.resolve("messages"))) {
            Matcher m = bsn.matcher(Files.readString(f));
            while (m.find()) {
                String b = m.group(1);
                assertTrue(b.startsWith("99") && nl.ijw.gateway.domain.Bsn.of(b).passesElfproef(), f + ": " + b);
            }
        }
    }

    @Test
    void replayAcceptsTheTrafficAndSapFindingsGrowWithTheRates() throws IOException {
        Map<String, Integer> none = replayed(0.0, 0.0);
        Map<String, Integer> some = replayed(0.2, 0.1);
        assertEquals(Map.of(), none, "no breach without late or missing messages");
        assertTrue(some.getOrDefault("OP090/LATE", 0) > 10, some.toString());
        assertTrue(some.getOrDefault("OP090/OVERDUE", 0) > 5, some.toString());
        assertTrue(some.getOrDefault("OP090x4/LATE", 0) > 3, some.toString());
        assertTrue(some.keySet().stream().noneMatch(k -> k.endsWith("/REJECTED") || k.endsWith("/FAILED")), some.toString());
    }

    private Map<String, Integer> replayed(double late, double missing) throws IOException {
        Path h = tmp.resolve("h" + late);
        assertEquals(0, generate(h, 11, Double.toString(late), Double.toString(missing)).code());
        Path out = tmp.resolve("r" + late);
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay", h.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(report.get("messages").asInt(), report.get("accepted").asInt(), "every generated message accepted");
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode f : report.get("findings")) {
            assertTrue(!f.get("rule").asText().equals("SCHEMA"), f.toString());
            counts.merge(f.get("rule").asText() + "/" + f.get("kind").asText(), 1, Integer::sum);
        }
        counts.remove("NO_START/WARNING"); // a missing start is a warning, counted with the other missing messages
        return counts;
    }

    @Test
    void badSettingsAreRefusedInWords() {
        ValidateCommandTest.Run r = generate(tmp.resolve("x"), 1, "1.5", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--late-rate 1.5: must be a share between 0 and 1"), r.err());
        assertEquals(0, generate(tmp.resolve("y"), 1, "0", "0").code());
        ValidateCommandTest.Run again = generate(tmp.resolve("y"), 1, "0", "0");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("is not empty"), again.err());
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (Path f : files(dir)) {
            out.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
        }
        return out;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
