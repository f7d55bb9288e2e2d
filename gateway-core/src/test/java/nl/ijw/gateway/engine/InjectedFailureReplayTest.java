package nl.ijw.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.replay.ReplayReport;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.rules.TechnicalRule;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Journal;
import nl.ijw.gateway.validation.MessageValidator;

/**
 * A rule with a defect breaks on the 3rd of 5 messages of a history: the replay goes on, the 4
 * others get their normal outcome, the 3rd is journaled as FAILED with its bytes and is one
 * FAILED finding in the report, counted as neither accepted nor rejected.
 */
class InjectedFailureReplayTest {

    @TempDir
    Path tmp;

    @Test
    void aFailureOnTheThirdOfFiveMessagesFailsThatMessageOnly() throws IOException {
        Path history = Files.createDirectories(tmp.resolve("history/messages"));
        List<String> story = List.of("jw315", "jw316", "jw301", "jw302", "jw305");
        StringBuilder manifest = new StringBuilder("receivedAt,file\n");
        for (String key : story) {
            Files.write(history.resolve(key + ".xml"), DropEveryElementTest.sample(key));
            manifest.append(DropEveryElementTest.at(DropEveryElementTest.STORY.get(key), 0)).append(",messages/")
                    .append(key).append(".xml\n");
        }
        Files.writeString(tmp.resolve("history/manifest.csv"), manifest);
        RulesConfig config = RulesConfig.defaults().withAllocationsComplete(true); // the history begins at the VOT
        List<TechnicalRule> rules = new ArrayList<>(RuleSet.standard(config).rules());
        rules.add(ThrowingRule.on(MessageType.JW301, "G26T000342")); // the JW301, 3rd in the history
        GatewayCore core = new GatewayCore(MessageValidator.standard(), new RuleSet(rules), config,
                RetourResponder.standard());
        Path out = tmp.resolve("out");

        ReplayReport report = new Replay(core).run(tmp.resolve("history"), out);

        assertEquals(5, report.messages());
        assertEquals(1, report.failed());
        assertEquals(3, report.accepted(), "JW315, JW316, JW302");
        assertEquals(1, report.rejected(), "the JW305: its allocation never arrived (TR019)");
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(1, json.get("failed").asInt());
        List<JsonNode> failed = new ArrayList<>();
        json.get("findings").forEach(f -> {
            if (f.get("kind").asText().equals("FAILED")) {
                failed.add(f);
            }
        });
        assertEquals(1, failed.size(), json.toString());
        JsonNode f = failed.get(0);
        assertEquals(3, f.get("seq").asInt());
        assertEquals("SYSTEM", f.get("rule").asText());
        assertEquals("G26T000342", f.get("messageId").asText());
        assertTrue(f.get("text").asText().contains("IllegalStateException: rule double broke on client ******378"));
        assertFalse(json.toString().contains(ThrowingRule.BSN), "no BSN in clear anywhere in the report");
        json.get("findings").forEach(x -> assertTrue(x.get("seq").asInt() != 3 || x == f || !x.get("kind").asText()
                .equals("REJECTED"), "the FAILED message was not judged: " + x));
        try (var retours = Files.list(out.resolve("retours"))) {
            assertTrue(retours.noneMatch(p -> p.getFileName().toString().startsWith("00003-")), "no answer to it");
        }
        try (Database db = Database.open(DatabaseConfig.h2File(out))) {
            List<Journal.Summary> in = db.inTransaction(tx -> tx.journal().list()).stream()
                    .filter(j -> j.direction().equals("IN")).toList();
            assertEquals(List.of("ACCEPTED", "ACCEPTED", "FAILED", "ACCEPTED", "REJECTED"),
                    in.stream().map(Journal.Summary::verdict).toList());
            assertArrayEquals(DropEveryElementTest.sample("jw301"), db.inTransaction(tx -> tx.journal().payload(in.get(2).id())),
                    "raw bytes kept");
        }
    }
}
