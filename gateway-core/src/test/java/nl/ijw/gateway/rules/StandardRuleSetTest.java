package nl.ijw.gateway.rules;

import static nl.ijw.gateway.rules.RuleFixture.BSN;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.assertOne;
import static nl.ijw.gateway.rules.RuleFixture.toegewezen;
import static nl.ijw.gateway.rules.RuleFixture.toewijzing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.ProcessingEngine;
import nl.ijw.gateway.engine.Receipt;
import nl.ijw.gateway.engine.Responder;
import nl.ijw.gateway.engine.Verdict;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.RuleState;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.MessageValidator;

/** The standard rule set: its contents, the level order, and the sample histories through the engine. */
class StandardRuleSetTest {

    static final MessageValidator VALIDATOR = MessageValidator.standard();
    /** Every sample history begins before its first JW301, so the store holds every allocation they name. */
    static final RulesConfig CONFIG = RulesConfig.defaults().withAllocationsComplete(true);
    static final RuleSet RULES = RuleSet.standard(CONFIG);

    @Test
    void standardListsEveryImplementedRuleOnce() {
        List<String> ids = RULES.rules().stream().map(TechnicalRule::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "duplicate rule ids: " + ids);
        Set<String> expected = new TreeSet<>(List.of("CS002", "CS058", "TR018", "TR101", "TR134", "TR302", "TR358",
                "TR383", "TR386", "TR135", "TR378", "TR332", "TR379", "TR347", "TR374", "TR355", "TR359", "TR360", "TR365",
                "TR019", "TR063", "TR071", "TR074", "TR326", "TR382", "TR413", "TR414", "TR415", "TR381", "TR333",
                "TR314", "TR338", "TR304", "TR384", "TR307", "TR308", "TR387", "TR388", "TR319", "TR339", "TR340",
                "TR341", "TR321", "TR323", "TR390", "TR418", "TR389", "TR322", "TR369"));
        assertEquals(expected, new TreeSet<>(ids));
        assertEquals("9069", RULES.rules().stream().filter(r -> r.id().equals("TR382")).findFirst().orElseThrow()
                .retourCode());
        // in-message rules carry 0001; the cumulative claim rules run last
        RULES.rules().stream().filter(r -> r.level() == RuleLevel.IN_MESSAGE)
                .forEach(r -> assertEquals(Finding.TECHNICAL_REJECTION, r.retourCode(), r.id()));
        assertEquals(List.of("TR389", "TR322", "TR369"), ids.subList(ids.size() - 3, ids.size()));
    }

    @Test
    void anInMessageFailureStopsTheOtherLevels() {
        try (RuleFixture fx = new RuleFixture("standard")) {
            // fails the elfproef and, on its own, TR135 (dated 16 Jan, received the day before): only CS002 is reported
            Instant dayBefore = Instant.parse("2026-01-15T08:00:00Z");
            var m = toewijzing(Bsn.of("264819379"), toegewezen(0, TN, null));
            List<Finding> f = fx.check(RULES, m, CONFIG, dayBefore);
            assertOne(f, new nl.ijw.gateway.rules.inmessage.Cs002BsnElfproef(), Subjects.HEADER);
            // without the in-message breach the header rule of level 4 speaks
            List<Finding> g = fx.check(RULES, toewijzing(BSN, toegewezen(0, TN, null)), CONFIG, dayBefore);
            RuleFixture.assertHas(g, "TR135", "8848", Subjects.HEADER);
        }
    }

    @Test
    void aRuleSetWithoutConfigurationStillRuns() {
        try (RuleFixture fx = new RuleFixture("standard-none")) {
            RuleFixture.assertNone(fx.check(RuleSet.standard(RulesConfig.NONE), RuleFixture.vot("RA-1"), RulesConfig.NONE,
                    RuleFixture.RECEIVED));
        }
    }

    // ---- the sample histories through the engine ----------------------------------------------------

    private record Replayed(List<String> findings, Database db) {
    }

    private static Replayed replay(String history) throws IOException {
        return replay(history, CONFIG);
    }

    private static Replayed replay(String history, RulesConfig config) throws IOException {
        Path dir = samples().resolve("histories").resolve(history);
        Database db = Database.open(DatabaseConfig.h2Memory("history-" + UUID.randomUUID()));
        Responder none = (heen, report, message, findings, id, date) -> Optional.empty();
        ProcessingEngine engine = new ProcessingEngine(VALIDATOR, db, RuleSet.standard(config), config, none);
        List<String> out = new ArrayList<>();
        for (Manifest.Entry e : Manifest.read(dir).entries()) {
            Outcome o = engine.process(Files.readAllBytes(e.path()), new Receipt(e.receivedAt(), Channel.REPLAY, e.file()));
            for (Finding f : o.findings()) {
                if (f.isError()) {
                    out.add(e.file().replace("messages/", "") + " " + f.ruleId() + "/" + f.retourCode());
                } else if (f.ruleId().startsWith("TR")) {
                    out.add(e.file().replace("messages/", "") + " " + f.ruleId() + " not judged");
                }
            }
            assertEquals(o.findings().stream().anyMatch(Finding::isError), o.verdict() == Verdict.REJECTED, e.file());
        }
        return new Replayed(out, db);
    }

    @Test
    void cleanTrajectoryHasNoFindingsAndRecordsTheRuleState() throws IOException {
        Replayed r = replay("clean-trajectory");
        try (Database db = r.db()) {
            assertEquals(List.of(), r.findings());
            Party p = Party.of("41836207");
            List<RuleState.Answer> answers = db.inTransaction(tx -> tx.state().rules().answers(p, "VOW-2026-0311"));
            assertEquals(List.of("JW319:1"), answers.stream().map(a -> a.kind() + ":" + a.verzoekAntwoord()).toList());
            List<RuleState.Answer> honoured = db.inTransaction(tx -> tx.state().rules().answers(p, "VOT-2026-0147"));
            assertEquals(List.of("JW301"), honoured.stream().map(RuleState.Answer::kind).toList());
            boolean claimed = db.inTransaction(tx -> tx.state().rules().claimExists(p, "DCL2603A017"));
            assertTrue(claimed);
            assertTrue(db.inTransaction(tx -> tx.state().rules().prestatie(p, "PR2602LV0017")).orElseThrow().approved());
        }
    }

    @Test
    void ruleViolationsHistoryReportsEachBreach() throws IOException {
        Replayed r = replay("rule-violations");
        try (Database db = r.db()) {
            List<String> found = normalise(r.findings());
            assertContains(found, List.of(
                    "03-jw305-unknown-allocation.xml TR019/9019",
                    "04-jw305-start.xml TR056/9056",
                    "07-jw323-claim-before-allocation.xml TR307/9307",
                    "07-jw323-claim-before-allocation.xml TR387/9387",
                    "08-jw305-bsn-8-digits.xml SCHEMA/0001",
                    "09-jw315-dated-tomorrow.xml TR135/8848",
                    "10-jw315-bsn-elfproef.xml CS002/0001",
                    "11-jw307-stop-unknown-start.xml TR382/9069"));
            assertTrue(found.contains("05-jw305-second-start.xml TR326/9326"), describeAll(found));
            assertEquals(Set.of("03", "04", "05", "07", "08", "09", "10", "11"), files(found));
            // the claim was judged per prestatie: the rejected line's number is used up, the approved one is stored
            Party p = Party.of("41836207");
            var rejected = db.inTransaction(tx -> tx.state().rules().prestatie(p, "PR2601LV9017")).orElseThrow();
            assertTrue(!rejected.approved());
            assertTrue(db.inTransaction(tx -> tx.state().claimLine(p, "PR2603LV9017")).isPresent());
        }
    }

    /**
     * Replayed as a store that may lack allocations (the default), the start on an allocation it never
     * saw is accepted with TR019 "not judged", and nothing else changes.
     */
    @Test
    void anUnknownAllocationIsNotJudgedWhenTheStoreMayLackAllocations() throws IOException {
        Replayed complete = replay("rule-violations");
        complete.db().close();
        Replayed r = replay("rule-violations", RulesConfig.defaults());
        try (Database db = r.db()) {
            List<String> expected = new ArrayList<>(normalise(complete.findings()));
            expected.set(expected.indexOf("03-jw305-unknown-allocation.xml TR019/9019"),
                    "03-jw305-unknown-allocation.xml TR019 not judged");
            assertEquals(expected, normalise(r.findings()));
        }
    }

    @Test
    void withdrawalAndCorrectionHistoryReportsEachBreach() throws IOException {
        Replayed r = replay("withdrawal-and-correction");
        try (Database db = r.db()) {
            List<String> found = normalise(r.findings());
            assertContains(found, List.of(
                    "03-jw305-start-withdrawn.xml TR019/9019",
                    "07-jw305-delete-unknown.xml TR063/9063",
                    "08-jw323-claim-withdrawn.xml TR384/9384"));
            // The correction (06: delete and start again in one message) passes.
            assertEquals(Set.of("03", "07", "08"), files(found));
        }
    }

    private static void assertContains(List<String> found, List<String> expected) {
        for (String e : expected) {
            assertTrue(found.contains(e), "missing " + e + " in " + describeAll(found));
        }
    }

    private static String describeAll(List<String> found) {
        return String.join("; ", found);
    }

    private static Set<String> files(List<String> found) {
        return found.stream().map(s -> s.substring(0, 2)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Schema findings have several Xerces ids; they all count as one SCHEMA/0001 breach per message. */
    private static List<String> normalise(List<String> findings) {
        return findings.stream().map(s -> s.matches(".* (cvc-|SCHEMA)[^ ]*/0001") ? s.replaceAll(" [^ ]+/0001$", " SCHEMA/0001") : s)
                .distinct().collect(Collectors.toList());
    }

    static Path samples() {
        return nl.ijw.gateway.testing.Samples.root();
    }
}
