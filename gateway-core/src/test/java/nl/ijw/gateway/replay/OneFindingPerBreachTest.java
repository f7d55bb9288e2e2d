package nl.ijw.gateway.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.validation.MessageValidator;

/** One breach is one finding in the report; OP271 is never overdue. */
class OneFindingPerBreachTest {

    static GatewayCore core;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        core = GatewayCore.standard();
    }

    @Test
    void aRetourFlaggedOverdueThenArrivingLateIsOneLateFindingWithOverdueSince() throws IOException {
        // The JW315 of Wed 1 April 2026 awaits its JW316 by Wed 8 April (Easter). The JW301 on
        // Mon 13 April comes first (the watch runs before it and flags the retour), the JW316 on Tue 14.
        Path from = HistoryReplayTest.HISTORIES.resolve("sap-one-day-late/messages");
        Path history = Files.createDirectories(tmp.resolve("history/messages")).getParent();
        for (String f : List.of("01-jw315-vot.xml", "02-jw316-retour.xml", "03-jw301-allocation.xml")) {
            Files.copy(from.resolve(f), history.resolve("messages").resolve(f));
        }
        Files.writeString(history.resolve("manifest.csv"), "receivedAt,file\n"
                + "2026-04-01T10:00:00,messages/01-jw315-vot.xml\n"
                + "2026-04-13T10:00:00,messages/03-jw301-allocation.xml\n"
                + "2026-04-14T10:00:00,messages/02-jw316-retour.xml\n");
        ReplayReport r = new Replay(core).run(history, tmp.resolve("out"));

        List<ReplayFinding> retour = r.findings().stream().filter(f -> f.rule().equals(SapRule.OP090)).toList();
        assertEquals(1, retour.size(), retour.toString());
        ReplayFinding late = retour.get(0);
        assertEquals("LATE", late.kind());
        assertEquals(3, late.seq(), "on the late retour");
        assertEquals("2026-04-08", late.due());
        assertEquals("2026-04-14", late.actual());
        assertEquals("2026-04-13", late.overdueSince(), "the watch flagged it before the JW301");
        assertEquals(4, late.workingDaysLate());
        // The answer (JW301) came late too, met by the message whose watch run flagged it.
        List<ReplayFinding> answer = r.findings().stream().filter(f -> f.rule().equals(SapRule.OP274)).toList();
        assertEquals(1, answer.size(), answer.toString());
        assertEquals("LATE", answer.get(0).kind());
        assertEquals("2026-04-13", answer.get(0).overdueSince());
        assertEquals(List.of("LATE", "LATE"), r.findings().stream().map(ReplayFinding::kind).toList(),
                "nothing else: the allocation's own deadlines are not due yet");
        String json = Files.readString(tmp.resolve("out/report.json"));
        assertEquals(2, json.split("\"overdueSince\" : \"2026-04-13\"", -1).length - 1, json);
    }

    @Test
    void anAllocationThatNeverStartsIsOneNoStartWarningAndNoOp271Finding() throws IOException {
        // Noor's allocation 48210602 (from Thu 3 Dec 2026) never gets a JW305.
        ReplayReport r = new Replay(core).run(
                HistoryReplayTest.HISTORIES.resolve("sap-overdue-and-retroactive"), tmp.resolve("out"));
        List<ReplayFinding> noor = r.findings().stream().filter(f -> "48210602".equals(f.toewijzingNummer())).toList();
        assertEquals(1, noor.size(), noor.toString());
        assertEquals(SapRule.NO_START, noor.get(0).rule());
        assertEquals("WARNING", noor.get(0).kind());
        assertEquals(List.of(), r.findings().stream()
                .filter(f -> f.rule().equals(SapRule.OP271) && !f.kind().equals("LATE")).toList(),
                "OP271 is judged on arrival only");
        assertNull(r.findings().stream().filter(f -> f.rule().equals(SapRule.OP271)).findFirst().orElseThrow()
                .overdueSince(), "an OP271 is never flagged");
    }
}
