package nl.ijw.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.ProcessingEngine;
import nl.ijw.gateway.engine.Receipt;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.validation.MessageValidator;

/** Concurrent callers share commits; a store failure fails its message and the rest of its group only. */
class GroupWriterTest {

    @Test
    void concurrentCommitsEachGetTheirOutcomeAndAStoreFailureStaysWithItsGroup() throws Exception {
        RulesConfig config = RulesConfig.defaults();
        GatewayCore core = new GatewayCore(MessageValidator.standard(), RuleSet.standard(config), config,
                RetourResponder.standard(), SapTracker.standard());
        byte[] jw315 = Files.readAllBytes(Path.of("..", "samples", "messages", "jw315.xml"));
        try (Database db = Database.open(DatabaseConfig.h2Memory("writer-" + UUID.randomUUID()))) {
            ProcessingEngine engine = core.engine(db);
            GroupWriter writer = new GroupWriter(engine, 16);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Outcome>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = String.format("GW%07d", i);
                byte[] xml = new String(jw315, java.nio.charset.StandardCharsets.UTF_8).replace(">AB2600087<", ">" + id + "<")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                boolean fail = i == 17;
                results.add(pool.submit(() -> writer.commit(engine.prepare(xml, new Receipt(Instant.parse("2026-01-12T10:00:00Z"),
                        Channel.QUEUE, id)), (tx, p, o) -> {
                            if (fail) {
                                throw new java.sql.SQLException("disk full");
                            }
                        })));
            }
            int ok = 0;
            for (int i = 0; i < results.size(); i++) {
                try {
                    results.get(i).get();
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    // A store failure is a SystemFailure (redelivered, never FAILED); the members of its
                    // group after it are not tried, so none overtakes it, and are redelivered too.
                    assertEquals(nl.ijw.gateway.engine.SystemFailure.class, e.getCause().getClass());
                    assertTrue(e.getCause().getMessage().contains("GW0000017") && e.getCause().getMessage().contains("disk full"),
                            e.getCause().getMessage());
                }
            }
            int failedOk = ok;
            assertThrows(java.util.concurrent.ExecutionException.class, results.get(17)::get);
            pool.shutdown();
            writer.close();
            assertTrue(ok >= 23 && ok <= 39, ok + " committed"); // groups hold at most 16
            // Each committed message has its entry (and its retour); the failed ones left nothing.
            assertEquals(failedOk * 2L, (long) db.inTransaction(tx -> tx.journal().count()));
        }
    }
}
