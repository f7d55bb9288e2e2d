package nl.ijw.gateway.sap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.Receipt;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.validation.MessageValidator;

/** Through the engine: lateness is reported in the Outcome and changes nothing else. */
class SapEngineTest {

    static final Path STORY = locate().resolve("clean-trajectory/messages");

    static SapConfig allOff() {
        Properties p = new Properties();
        for (SapRule r : SapRule.defaults()) {
            p.setProperty("sap." + r.id() + ".enabled", "false");
        }
        return SapConfig.fromProperties(p);
    }

    /** The VOT on Monday 12 January 2026 and its allocation on Monday 2 February: 10 wd late (due 19 January). */
    static List<Outcome> run(SapConfig sap, List<Object> state) throws IOException {
        RulesConfig config = RulesConfig.defaults();
        GatewayCore core = new GatewayCore(MessageValidator.standard(), RuleSet.standard(config), config,
                RetourResponder.standard(), new SapTracker(sap, WorkingDayCalendar.standard()));
        try (Database db = Database.open(DatabaseConfig.h2Memory("sap-engine-" + UUID.randomUUID()))) {
            var engine = core.engine(db);
            List<Outcome> out = new ArrayList<>();
            out.add(engine.process(Files.readAllBytes(STORY.resolve("jw315.xml")),
                    new Receipt(SapHarness.at("2026-01-12"), Channel.CLI, "jw315.xml")));
            out.add(engine.process(Files.readAllBytes(STORY.resolve("jw301.xml")),
                    new Receipt(SapHarness.at("2026-02-02"), Channel.CLI, "jw301.xml")));
            state.add(db.inTransaction(tx -> tx.state().allocation(Party.of("0599"), ToewijzingNummer.of(48210336))));
            state.add(db.inTransaction(tx -> tx.state().request(Party.of("41836207"), "VOT-2026-0147")));
            state.add(db.inTransaction(tx -> tx.journal().list()).stream().map(Object::toString).toList());
            return out;
        }
    }

    @Test
    void lateAnswerIsReportedButChangesNeitherVerdictNorStateNorRetour() throws IOException {
        List<Object> stateOn = new ArrayList<>();
        List<Object> stateOff = new ArrayList<>();
        List<Outcome> on = run(SapConfig.defaults(), stateOn);
        List<Outcome> off = run(allOff(), stateOff);

        Outcome answer = on.get(1);
        List<SapFinding> late = SapHarness.of(SapRule.OP274, answer.sapFindings());
        assertEquals(1, late.size(), answer.sapFindings().toString());
        assertEquals(SapFinding.Kind.LATE, late.get(0).kind());
        assertEquals(java.time.LocalDate.parse("2026-01-19"), late.get(0).due());
        assertEquals(10, late.get(0).workingDaysLate());
        assertEquals(List.of(), off.get(1).sapFindings());
        for (int i = 0; i < on.size(); i++) {
            assertEquals(off.get(i).verdict(), on.get(i).verdict());
            assertEquals(off.get(i).findings(), on.get(i).findings());
            assertEquals(off.get(i).response().isPresent(), on.get(i).response().isPresent());
            assertArrayEquals(off.get(i).response().orElseThrow().xml(), on.get(i).response().orElseThrow().xml());
        }
        assertEquals(stateOff, stateOn);
    }

    static Path locate() {
        return nl.ijw.gateway.testing.Samples.histories();
    }
}
