package nl.ijw.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.dispatch.Output;
import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.serve.ServedGate;
import nl.ijw.gateway.serve.ServedParties;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Outbox;
import nl.ijw.gateway.validation.MessageValidator;

/** Idempotent receipt: a redelivery is answered from the store; a genuine resend is still TR056. */
class IntakeTest {

    private static final RulesConfig CONFIG = RulesConfig.defaults();
    private static final GatewayCore CORE = new GatewayCore(MessageValidator.standard(), RuleSet.standard(CONFIG), CONFIG,
            RetourResponder.standard(), SapTracker.standard());
    private final Database db = Database.open(DatabaseConfig.h2Memory("intake-" + UUID.randomUUID()));
    private final Intake intake = new Intake(new ServedGate(CORE, ServedParties.municipalities()), db,
            Clock.fixed(Instant.parse("2026-02-02T09:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        db.close();
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("..", "samples", "messages", name));
    }

    private List<Outbox.Pending> unsent() {
        return db.inTransaction(tx -> tx.outbox().unsent(100));
    }

    @Test
    void aRedeliveryIsNotDecidedAgainAndARealResendIsTr056() throws Exception {
        byte[] jw315 = sample("jw315.xml");
        Taken first = intake.take(jw315, new Delivery("jms:ID:1", Channel.QUEUE, "ijw.in", "ID:1"));
        assertFalse(first.redelivered());
        assertEquals("ACCEPTED", first.verdict());
        assertEquals(List.of(Output.Kind.ANSWER, Output.Kind.FORWARD), first.outputs().stream().map(Output::kind).toList());
        assertEquals(2, unsent().size(), "outputs in the outbox with the journal entry");
        long journal = db.inTransaction(tx -> tx.journal().count());
        db.inTransaction(tx -> {
            for (Outbox.Pending p : tx.outbox().unsent(100)) {
                tx.outbox().markSent(p.id(), Instant.EPOCH);
            }
            return null;
        });

        Taken again = intake.take(jw315, new Delivery("jms:ID:1", Channel.QUEUE, "ijw.in", "ID:1"));
        assertTrue(again.redelivered());
        assertEquals(first.journalId(), again.journalId());
        assertEquals("ACCEPTED", again.verdict(), "the stored outcome");
        assertEquals(journal, (long) db.inTransaction(tx -> tx.journal().count()), "nothing journaled again");
        assertEquals(2, unsent().size(), "its outputs are published again (the broker drops what it has)");

        Taken resend = intake.take(jw315, new Delivery("jms:ID:2", Channel.QUEUE, "ijw.in", "ID:2"));
        assertFalse(resend.redelivered());
        assertEquals("REJECTED", resend.verdict(), "a new delivery of a known Identificatie is a resend");
        assertTrue(new String(unsent().stream().filter(p -> p.kind().equals("ANSWER")).reduce((a, b) -> b).orElseThrow()
                .payload(), java.nio.charset.StandardCharsets.UTF_8).contains("9056"), "answered with TR056's 9056");
    }

    @Test
    void aBatchAnswersRedeliveriesFromTheStoreAndDecidesTheRestInOrder() throws Exception {
        byte[] jw315 = sample("jw315.xml");
        byte[] jw301 = sample("jw301.xml");
        Taken first = intake.take(jw315, new Delivery("jms:ID:1", Channel.QUEUE, "ijw.in", "ID:1"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<Intake.Result> r = intake.takeAll(List.of(
                    new Intake.Item(jw315, new Delivery("jms:ID:1", Channel.QUEUE, "ijw.in", "ID:1")),
                    new Intake.Item(jw301, new Delivery("jms:ID:2", Channel.QUEUE, "ijw.in", "ID:2")),
                    new Intake.Item(jw301, new Delivery("jms:ID:2", Channel.QUEUE, "ijw.in", "ID:2"))), pool);
            assertTrue(r.get(0).ok() && r.get(0).taken().redelivered());
            assertEquals(first.journalId(), r.get(0).taken().journalId());
            assertTrue(r.get(1).ok());
            assertFalse(r.get(1).taken().redelivered());
            assertEquals("JW301", r.get(1).taken().type());
            assertEquals(List.of(Output.Kind.FORWARD), r.get(1).taken().outputs().stream().map(Output::kind).toList(),
                    "the municipality's JW301 is forwarded, not answered");
            assertFalse(r.get(2).ok(), "the same delivery twice in one batch is not decided twice");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aForeignMessageIsRejectedUnprocessed() throws Exception {
        Intake other = new Intake(new ServedGate(CORE, ServedParties.parse("0363")), db, Clock.systemUTC());
        long before = db.inTransaction(tx -> tx.expectations().maxId());
        Taken t = other.take(sample("jw315.xml"), new Delivery("jms:ID:9", Channel.QUEUE, "ijw.in", null));
        assertEquals("REJECTED", t.verdict());
        assertEquals(List.of(Output.Kind.REJECTED), t.outputs().stream().map(Output::kind).toList());
        String reason = t.outputs().get(0).properties().get("IjwReason");
        assertTrue(reason.startsWith("GW-SERVES: neither the sender 41836207 nor the receiver 0599"), reason);
        assertEquals(before, (long) db.inTransaction(tx -> tx.expectations().maxId()),
                "no deadline tracked for another gateway's message");
    }

    @Test
    void aMessageWithoutReceiverSaysSoNotNull() throws Exception {
        byte[] noReceiver = new String(sample("jw315.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("<jw315:Ontvanger>0599</jw315:Ontvanger>", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Taken t = intake.take(noReceiver, new Delivery("jms:ID:10", Channel.QUEUE, "ijw.in", null));
        String reason = t.outputs().get(0).properties().get("IjwReason");
        assertEquals("GW-SERVES: neither the sender 41836207 nor the receiver (none in the header) is a party this"
                + " gateway serves (gateway.serves: all municipalities)", reason);
    }
}
