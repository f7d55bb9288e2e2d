package nl.ijw.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.replay.ReplayReport;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.validation.MessageValidator;

/**
 * Issue 8, section 1: no schema-valid message stops a run. For each of the 14 sample messages,
 * every element (with its subtree) is dropped in turn; each variant the schemas accept goes
 * through the whole engine (real H2, every rule, SAP on) in the sample story's state at its date,
 * and gets an outcome: ACCEPTED, or REJECTED with an error finding; never FAILED, never an
 * exception. Then all of them are replayed once as one history.
 */
class DropEveryElementTest {

    /** The sample story in time order, each message on its date (samples/README.md). */
    static final Map<String, String> STORY = story();

    static GatewayCore core;

    @TempDir
    Path tmp;

    /**
     * Every rule on, the external ones too: the story's product and its contract tariff, so TR381
     * and TR418 judge the variants instead of checking nothing.
     */
    @BeforeAll
    static synchronized void build() throws IOException {
        if (core != null) {
            return;
        }
        Path dir = Files.createTempDirectory("drop-every-element");
        Path products = Files.writeString(dir.resolve("products.csv"), "categorie,code\n45,45A53\n");
        Path tariffs = Files.writeString(dir.resolve("tariffs.csv"), "gemeente,aanbieder,productcode,eenheid,tarief\n*,*,45A53,04,9874\n");
        RulesConfig config = RulesConfig.load(null, products, tariffs);
        Files.delete(products);
        Files.delete(tariffs);
        Files.delete(dir);
        core = new GatewayCore(MessageValidator.standard(), RuleSet.standard(config), config, RetourResponder.standard());
    }

    private static Map<String, String> story() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("jw315", "2026-01-12");
        m.put("jw316", "2026-01-13");
        m.put("jw301", "2026-01-16");
        m.put("jw302", "2026-01-19");
        m.put("jw305", "2026-02-04");
        m.put("jw306", "2026-02-05");
        m.put("jw317", "2026-03-09");
        m.put("jw318", "2026-03-10");
        m.put("jw319", "2026-03-13");
        m.put("jw320", "2026-03-16");
        m.put("jw323", "2026-04-02");
        m.put("jw325", "2026-04-15");
        m.put("jw307", "2026-07-01");
        m.put("jw308", "2026-07-02");
        return m;
    }

    static Instant at(String date, int second) {
        return LocalDate.parse(date).atTime(LocalTime.of(10, 0, second)).atZone(RuleContext.AMSTERDAM).toInstant();
    }

    static byte[] sample(String key) throws IOException {
        return Files.readAllBytes(ProcessingEngineTest.SAMPLES.resolve("messages/" + key + ".xml"));
    }

    /** The variants of one sample that its schema accepts. */
    static List<ElementDrops.Variant> schemaValid(byte[] message) {
        return ElementDrops.of(message).stream()
                .filter(v -> core.validator().validate(v.bytes(), v.dropped()).isValid()).toList();
    }

    @Test
    void everySchemaValidVariantOfEveryMessageGetsAnOutcome() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> counts = new LinkedHashMap<>();
        List<String> before = new ArrayList<>();
        for (String key : STORY.keySet()) {
            byte[] original = sample(key);
            List<ElementDrops.Variant> all = ElementDrops.of(original);
            List<ElementDrops.Variant> valid = schemaValid(original);
            int accepted = 0;
            for (ElementDrops.Variant v : valid) {
                String what = key + " without " + v.dropped();
                try (Database db = Database.open(DatabaseConfig.h2Memory("drop-" + UUID.randomUUID()))) {
                    ProcessingEngine engine = core.engine(db);
                    for (String earlier : before) {
                        Outcome o = engine.process(sample(earlier), new Receipt(at(STORY.get(earlier), 0), Channel.CLI, earlier));
                        // The story's claim is partly rejected on purpose (9321); nothing in it fails.
                        assertTrue(o.verdict() != Verdict.FAILED, "the story itself: " + earlier + " " + o.findings());
                    }
                    Outcome o = engine.process(v.bytes(), new Receipt(at(STORY.get(key), 30), Channel.CLI, what));
                    if (o.verdict() == Verdict.FAILED) {
                        problems.add(what + ": FAILED " + o.findings());
                    } else if (o.verdict() == Verdict.REJECTED && o.findings().stream().noneMatch(f -> f.isError())) {
                        problems.add(what + ": REJECTED without an error finding");
                    }
                    accepted += o.verdict() == Verdict.ACCEPTED ? 1 : 0;
                } catch (RuntimeException e) {
                    problems.add(what + ": " + e);
                }
            }
            counts.put(key, valid.size() + " of " + all.size() + " schema-valid, " + accepted + " accepted");
            before.add(key);
        }
        counts.forEach((k, v) -> System.out.println("drop-every-element " + k + ": " + v));
        assertEquals(List.of(), problems);
        for (String key : STORY.keySet()) {
            assertTrue(!counts.get(key).startsWith("0 of"), key + " has schema-valid variants: " + counts.get(key));
        }
    }

    @Test
    void allVariantsReplayedAsOneHistoryGetAnEntryEachAndNoFailure() throws IOException {
        Path history = Files.createDirectories(tmp.resolve("history"));
        Path messages = Files.createDirectories(history.resolve("messages"));
        StringBuilder manifest = new StringBuilder("receivedAt,file\n");
        int n = 0;
        for (String key : STORY.keySet()) {
            MessageType type = MessageType.valueOf(key.toUpperCase());
            String idPath = type.isRetour() ? "Header/IdentificatieRetour" : "Header/BerichtIdentificatie/Identificatie";
            byte[] original = sample(key);
            List<ElementDrops.Variant> valid = schemaValid(original);
            int second = 0;
            // Each variant its own identity, so TR056 lets the rules see it; the original comes last.
            for (int i = 0; i < valid.size(); i++) {
                String id = "V" + key.substring(2) + "X" + i;
                byte[] unique = ElementDrops.withText(original, idPath, id);
                byte[] bytes = ElementDrops.drop(unique, valid.get(i).index());
                String file = String.format("messages/%04d-%s.xml", ++n, key);
                Files.write(history.resolve(file), bytes);
                manifest.append(at(STORY.get(key), second++)).append(',').append(file).append('\n');
            }
            String file = String.format("messages/%04d-%s.xml", ++n, key);
            Files.write(history.resolve(file), original);
            manifest.append(at(STORY.get(key), second)).append(',').append(file).append('\n');
        }
        Files.writeString(history.resolve("manifest.csv"), manifest, StandardCharsets.UTF_8);

        ReplayReport report = new Replay(core).run(history, tmp.resolve("out"));

        JsonNode json = new ObjectMapper().readTree(tmp.resolve("out/report.json").toFile());
        assertEquals(n, report.messages());
        assertEquals(n, json.get("messages").asInt());
        assertEquals(n, json.get("accepted").asInt() + json.get("rejected").asInt(), "every message accepted or rejected");
        assertEquals(0, json.get("failed").asInt());
        java.util.Set<Integer> rejected = new java.util.TreeSet<>();
        for (JsonNode f : json.get("findings")) {
            assertTrue(!f.get("kind").asText().equals("FAILED"), f.toString());
            if (f.get("kind").asText().equals("REJECTED")) {
                rejected.add(f.get("seq").asInt());
            }
        }
        assertEquals(json.get("rejected").asInt(), rejected.size(), "each rejected message has its findings");
        assertEquals(n, messages.toFile().list().length);
    }
}
