package nl.ijw.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Journal;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.Layer;
import nl.ijw.gateway.validation.Location;
import nl.ijw.gateway.validation.MessageValidator;
import nl.ijw.gateway.validation.Severity;

/** The engine's transaction: journal first, duplicates never applied twice, state per message kind. */
class ProcessingEngineTest {

    static final MessageValidator VALIDATOR = MessageValidator.standard();
    static final Path SAMPLES = locate();

    private Database db;
    private ProcessingEngine engine;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2Memory("engine-" + UUID.randomUUID()));
        // No rules and no answers here: this test is about the transaction and the state.
        Responder none = (heen, report, message, findings, id, date) -> Optional.empty();
        engine = new ProcessingEngine(VALIDATOR, db, new RuleSet(List.of()), RulesConfig.NONE, none);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Outcome process(String sample) throws IOException {
        return engine.process(Files.readAllBytes(SAMPLES.resolve(sample)),
                new Receipt(Instant.parse("2026-01-20T09:00:00Z"), Channel.CLI, sample));
    }

    @Test
    void validMessageIsJournaledAndAppliedToState() throws IOException {
        Outcome o = process("messages/jw301.xml");

        assertEquals(Verdict.ACCEPTED, o.verdict());
        assertEquals(MessageType.JW301, o.type());
        assertEquals(Party.of("41836207"), o.route());
        var allocation = db.inTransaction(tx -> tx.state().allocation(Party.of("0599"), ToewijzingNummer.of(48210336)));
        assertTrue(allocation.isPresent());
        assertEquals(Bsn.of("264819378"), allocation.get().bsn());
        List<Journal.Summary> journal = db.inTransaction(tx -> tx.journal().list());
        assertEquals(1, journal.size());
        assertEquals("ACCEPTED", journal.get(0).verdict());
        assertEquals("G26T000342", journal.get(0).identificatie());
    }

    /** The outputs name a retour by its own identity (docs/messaging.md): the engine must pass it on. */
    @Test
    void aRetourKeepsItsIdentificatieRetourBesideTheIdentificatieItAnswers() throws IOException {
        Outcome retour = process("messages/jw318.xml");
        assertEquals("AB2600164", retour.identificatie());
        assertEquals("G26R001590", retour.identificatieRetour());
        assertNull(process("messages/jw301.xml").identificatieRetour(), "a heen message has none");
    }

    @Test
    void sameMessageTwiceGivesOne9056AndLeavesStateUnchanged() throws IOException {
        process("messages/jw315.xml");
        process("messages/jw301.xml");
        int versionsBefore = db.inTransaction(tx -> tx.state().allocationVersions(Party.of("0599"), ToewijzingNummer.of(48210336)));

        Outcome again = process("messages/jw301.xml");

        assertEquals(Verdict.REJECTED, again.verdict());
        assertEquals(1, again.findings().size());
        assertEquals("TR056", again.findings().get(0).ruleId());
        assertEquals("9056", again.findings().get(0).retourCode());
        assertEquals((Integer) versionsBefore, db.inTransaction(tx ->
                tx.state().allocationVersions(Party.of("0599"), ToewijzingNummer.of(48210336))));
        assertEquals(3L, (long) db.inTransaction(tx -> tx.journal().count()), "the resend is journaled too");
    }

    @Test
    void invalidInputIsJournaledWithItsBytesAndChangesNothing() throws IOException {
        Outcome o = process("invalid/jw305-bsn-8-digits.xml");

        assertEquals(Verdict.REJECTED, o.verdict());
        assertEquals("SCHEMA", o.findings().get(0).ruleId());
        byte[] stored = db.inTransaction(tx -> tx.journal().payload(o.journalId()));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(SAMPLES.resolve("invalid/jw305-bsn-8-digits.xml")), stored));
        Outcome empty = process("invalid/empty.xml");
        assertNull(empty.type());
        assertEquals(2L, (long) db.inTransaction(tx -> tx.journal().count()));
    }

    /** A header field longer than its journal column (only invalid input has one) does not keep it out of the journal. */
    @Test
    void anInvalidMessageWithAnOverlongHeaderFieldIsJournaledAsRejected() throws IOException {
        String xml = Files.readString(SAMPLES.resolve("messages/jw301.xml"));
        byte[] bytes = xml.replace("<jw301:Afzender>0599</jw301:Afzender>",
                "<jw301:Afzender>" + "0599".repeat(10) + "</jw301:Afzender>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Outcome o = engine.process(bytes, new Receipt(Instant.parse("2026-01-20T09:00:00Z"), Channel.CLI, "long"));

        assertEquals(Verdict.REJECTED, o.verdict(), o.findings().toString());
        assertEquals("SCHEMA", o.findings().get(0).ruleId());
        List<Journal.Summary> journal = db.inTransaction(tx -> tx.journal().list());
        assertEquals(1, journal.size());
        assertNull(journal.get(0).sender(), "too long for its column: left out, the bytes hold it");
        assertEquals("G26T000342", journal.get(0).identificatie());
        assertTrue(java.util.Arrays.equals(bytes, db.inTransaction(tx -> tx.journal().payload(o.journalId()))));
    }

    @Test
    void storyStartAndStopBecomeADeliveryAndRequestsGetAnswered() throws IOException {
        for (String s : List.of("jw315", "jw316", "jw301", "jw302", "jw305", "jw306", "jw307")) {
            assertEquals(Verdict.ACCEPTED, process("messages/" + s + ".xml").verdict(), s);
        }
        var deliveries = db.inTransaction(tx -> tx.state().deliveries(Party.of("0599"), ToewijzingNummer.of(48210336)));
        assertEquals(1, deliveries.size());
        assertTrue(deliveries.get(0).isStopped());
        var request = db.inTransaction(tx -> tx.state().request(Party.of("41836207"), "VOT-2026-0147")).orElseThrow();
        assertTrue(request.isAnswered(), "the JW301 repeating the ReferentieAanbieder answers the VOT");
    }

    /**
     * Persist first: a message whose decision breaks is not lost. Its transaction (identity claim,
     * state) is rolled back; it is journaled on its own, raw bytes and all, as FAILED.
     */
    @Test
    void aFailureWhileDecidingRollsBackTheMessageAndJournalsItAsFailedWithItsBytes() throws IOException {
        Responder none = (heen, report, message, findings, id, date) -> Optional.empty();
        ProcessingEngine broken = new ProcessingEngine(VALIDATOR, db, new RuleSet(List.of(new ThrowingRule(m -> true))),
                RulesConfig.NONE, none);
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("messages/jw301.xml"));

        Outcome o = broken.process(bytes, new Receipt(Instant.parse("2026-01-20T09:00:00Z"), Channel.CLI, "x"));

        assertEquals(Verdict.FAILED, o.verdict());
        assertEquals(MessageType.JW301, o.type());
        assertEquals("G26T000342", o.identificatie());
        assertTrue(o.response().isEmpty(), "no answer for a FAILED message");
        assertNull(o.route(), "a FAILED message goes nowhere but to an operator");
        Finding system = o.findings().get(o.findings().size() - 1);
        assertEquals("SYSTEM", system.ruleId());
        assertEquals(Severity.ERROR, system.severity());
        assertTrue(system.text().contains("java.lang.IllegalStateException: rule double broke on client ******378"),
                system.text());
        assertFalse(system.text().contains(ThrowingRule.BSN), "BSN masked");
        List<Journal.Summary> journal = db.inTransaction(tx -> tx.journal().list());
        assertEquals(1, journal.size());
        assertEquals("FAILED", journal.get(0).verdict());
        assertEquals("G26T000342", journal.get(0).identificatie());
        assertTrue(java.util.Arrays.equals(bytes, db.inTransaction(tx -> tx.journal().payload(o.journalId()))), "raw bytes kept");
        assertFalse(db.inTransaction(tx -> tx.state().allocation(Party.of("0599"), ToewijzingNummer.of(48210336))).isPresent());
        Outcome retry = process("messages/jw301.xml");
        assertEquals(Verdict.ACCEPTED, retry.verdict(), "the identity claim was rolled back too: the fixed gateway takes it "
                + retry.findings());
    }

    @Test
    void aFailureWhilePreparingIsJournaledAsFailedToo() throws IOException {
        Responder failing = (heen, report, message, findings, id, date) -> {
            throw new IllegalStateException("retour writer broke");
        };
        ProcessingEngine broken = new ProcessingEngine(VALIDATOR, db, new RuleSet(List.of()), RulesConfig.NONE, failing);
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("messages/jw305.xml"));

        Outcome o = broken.process(bytes, new Receipt(Instant.parse("2026-02-04T09:00:00Z"), Channel.CLI, "x"));

        assertEquals(Verdict.FAILED, o.verdict());
        assertTrue(o.findings().get(o.findings().size() - 1).text().contains("retour writer broke"));
        assertEquals(List.of("FAILED"), db.inTransaction(tx -> tx.journal().list()).stream().map(Journal.Summary::verdict).toList());
        assertEquals(0, db.inTransaction(tx -> tx.state().deliveries(Party.of("0599"), ToewijzingNummer.of(48210336))).size());
    }

    /** When not even the FAILED entry can be written, nothing is recorded: a SystemFailure, to be retried. */
    @Test
    void aMessageThatCannotBeRecordedAtAllIsASystemFailure() throws IOException {
        Database down = Database.open(DatabaseConfig.h2Memory("down-" + UUID.randomUUID()));
        Responder none = (heen, report, message, findings, id, date) -> Optional.empty();
        ProcessingEngine e = new ProcessingEngine(VALIDATOR, down, new RuleSet(List.of()), RulesConfig.NONE, none);
        down.close();
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("messages/jw301.xml"));

        SystemFailure f = assertThrows(SystemFailure.class,
                () -> e.process(bytes, new Receipt(Instant.parse("2026-01-20T09:00:00Z"), Channel.CLI, "jw301.xml")));
        assertTrue(f.getMessage().contains("jw301.xml") && f.getMessage().contains("offer it again"), f.getMessage());

        List<ProcessingEngine.Committed> group = e.commitAll(List.of(
                e.prepare(bytes, new Receipt(Instant.parse("2026-01-20T09:00:00Z"), Channel.CLI, "a")),
                e.prepare(bytes, new Receipt(Instant.parse("2026-01-20T09:01:00Z"), Channel.CLI, "b"))));
        assertFalse(group.get(0).ok());
        assertFalse(group.get(1).ok(), "after a system failure the rest of the group is not tried");
        assertNull(group.get(1).outcome());
    }

    @Test
    void groupCommitDecidesAsOneByOne() throws IOException {
        List<String> story = List.of("jw315", "jw301", "jw301", "jw305", "jw307");
        List<ProcessingEngine.Prepared> group = new java.util.ArrayList<>();
        for (String s : story) {
            group.add(engine.prepare(Files.readAllBytes(SAMPLES.resolve("messages/" + s + ".xml")),
                    new Receipt(Instant.parse("2026-01-20T09:00:00Z"), Channel.CLI, s)));
        }
        List<ProcessingEngine.Committed> grouped = engine.commitAll(group);

        try (Database single = Database.open(DatabaseConfig.h2Memory("single-" + UUID.randomUUID()))) {
            Responder none = (heen, report, message, findings, id, date) -> Optional.empty();
            ProcessingEngine oneByOne = new ProcessingEngine(VALIDATOR, single, new RuleSet(List.of()), RulesConfig.NONE, none);
            for (int i = 0; i < story.size(); i++) {
                Outcome expected = oneByOne.commit(group.get(i));
                assertTrue(grouped.get(i).ok());
                assertEquals(expected.verdict(), grouped.get(i).outcome().verdict(), story.get(i));
                assertEquals(expected.findings(), grouped.get(i).outcome().findings(), story.get(i));
            }
        }
        assertEquals("TR056", grouped.get(2).outcome().findings().get(0).ruleId(), "the resend within the group");
        assertEquals(5L, (long) db.inTransaction(tx -> tx.journal().count()));
    }

    @Test
    void aFailingMessageInAGroupFailsAloneAndTheRestCommits() throws IOException {
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        Responder failsOnBoom = (heen, report, message, findings, id, date) -> {
            if (armed.get() && report.source().equals("boom")) {
                throw new IllegalStateException("disk full");
            }
            return Optional.empty();
        };
        ProcessingEngine e = new ProcessingEngine(VALIDATOR, db, new RuleSet(List.of()), RulesConfig.NONE, failsOnBoom);
        List<ProcessingEngine.Prepared> group = new java.util.ArrayList<>();
        for (String s : List.of("jw315", "jw301", "jw305")) {
            String source = s.equals("jw301") ? "boom" : s;
            group.add(e.prepare(Files.readAllBytes(SAMPLES.resolve("messages/" + s + ".xml")),
                    new Receipt(Instant.parse("2026-01-20T09:00:00Z"), Channel.CLI, source)));
        }
        // The speculative answer was built for other findings, so the writer asks the responder again.
        ProcessingEngine.Prepared boom = group.get(1);
        group.set(1, new ProcessingEngine.Prepared(boom.bytes(), boom.receipt(), boom.report(), boom.message(),
                boom.sha256(), boom.answerId(), boom.answerDate(), List.of(new Finding("X", Severity.ERROR, Layer.RULES,
                new Location(0, 0, "/Bericht"), "0001", "speculated")), boom.answer()));
        armed.set(true);

        List<ProcessingEngine.Committed> result = e.commitAll(group);

        assertTrue(result.stream().allMatch(ProcessingEngine.Committed::ok), "each message was recorded");
        assertEquals(Verdict.ACCEPTED, result.get(0).outcome().verdict());
        assertEquals(Verdict.FAILED, result.get(1).outcome().verdict());
        assertTrue(result.get(1).outcome().findings().stream().anyMatch(f -> f.ruleId().equals("SYSTEM")
                && f.text().contains("java.lang.IllegalStateException: disk full")));
        assertEquals(Verdict.ACCEPTED, result.get(2).outcome().verdict());
        List<Journal.Summary> journal = db.inTransaction(tx -> tx.journal().list());
        assertEquals(List.of("JW315 ACCEPTED", "JW301 FAILED", "JW305 ACCEPTED"),
                journal.stream().map(j -> j.messageType() + " " + j.verdict()).toList(),
                "the failing message is journaled as FAILED, in its place; the others are committed");
    }

    static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples/messages"))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found");
    }
}
