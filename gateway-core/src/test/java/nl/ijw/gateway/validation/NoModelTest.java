package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.ProcessingEngine;
import nl.ijw.gateway.engine.Receipt;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.engine.Verdict;
import nl.ijw.gateway.message.MessageRegistry;
import nl.ijw.gateway.message.Release;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;

/**
 * Fail closed: a schema-valid message the gateway has no model for is rejected with NO_MODEL, in
 * words, and never accepted unchecked (it once skipped TR056, the rules, the state and the SAP and
 * was ACCEPTED, the same JW301 twice as well).
 */
class NoModelTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-16T09:00:00Z");

    @TempDir
    Path tmp;

    /** A model out of step with the schemas: this one has no JW301 in it, so binding a JW301 fails. */
    @Test
    void aBinderErrorOnAValidMessageIsANoModelFindingNotASilentAccept() throws IOException, JAXBException {
        JAXBContext jw305Only = JAXBContext.newInstance("nl.ijw.gateway.model.v3_2.basis:nl.ijw.gateway.model.v3_2.jw305",
                ModelBinding.class.getClassLoader());
        MessageValidator validator = new MessageValidator(SchemaSet.bundled(), MessageRegistry.standard(),
                ModelBinding.of(jw305Only), ValidationSettings.DEFAULT);
        byte[] jw301 = Files.readAllBytes(Samples.MESSAGES.resolve("jw301.xml"));

        ValidationReport r = validator.validate(jw301, "jw301.xml");
        assertFalse(r.isValid(), "validate says so too");
        Finding f = r.firstError().orElseThrow();
        assertEquals("NO_MODEL", f.ruleId());
        assertEquals(Layer.SCHEMA, f.layer());
        assertTrue(f.text().startsWith("Schema-valid, but the message could not be bound to the gateway's model ("),
                f.text());
        assertEquals(List.of(), r.layer(Layer.SCHEMA).findings().stream().filter(x -> x.ruleId().equals("SCHEMA")).toList());
        assertTrue(validator.validate(Files.readAllBytes(Samples.MESSAGES.resolve("jw305.xml")), "jw305.xml").isValid(),
                "what the model has still binds");

        twiceRejectedNeverApplied(validator, jw301);
    }

    /** A schema set with a release (here 3.3) for which the gateway has no generated model. */
    @Test
    void aValidMessageOfAReleaseWithoutModelIsRejectedWithNoModel() throws IOException {
        Path xsd = Files.createDirectories(tmp.resolve("ijw-3.3"));
        try (var files = Files.list(Samples.ROOT.resolveSibling("xsd").resolve("ijw-3.2"))) {
            for (Path p : files.toList()) {
                Files.writeString(xsd.resolve(p.getFileName()),
                        Files.readString(p, StandardCharsets.UTF_8).replace("/3_2/", "/3_3/"), StandardCharsets.UTF_8);
            }
        }
        Release r33 = new Release("3.3");
        MessageValidator validator = new MessageValidator(SchemaSet.fromDirectory(xsd), MessageRegistry.of(List.of(r33)),
                ModelBinding.ijw32(), ValidationSettings.DEFAULT);
        byte[] jw301 = Files.readString(Samples.MESSAGES.resolve("jw301.xml"), StandardCharsets.UTF_8)
                .replace("/3_2/", "/3_3/").getBytes(StandardCharsets.UTF_8);
        ValidationReport report = validator.validate(jw301, "jw301.xml");
        assertTrue(report.isValid(), "schema-valid in 3.3: " + report.findings());
        assertTrue(report.boundModel().isEmpty());

        Outcome o = twiceRejectedNeverApplied(validator, jw301);
        Finding f = o.findings().get(0);
        assertTrue(f.text().startsWith("Schema-valid JW301 (iJw 3.3), but this gateway has no model for it"), f.text());
    }

    @Test
    void bindingSwitchedOffIsNoModelToo() throws IOException {
        MessageValidator validator = new MessageValidator(SchemaSet.bundled(), MessageRegistry.standard(),
                ModelBinding.ijw32(), ValidationSettings.DEFAULT.withoutModel());
        twiceRejectedNeverApplied(validator, Files.readAllBytes(Samples.MESSAGES.resolve("jw301.xml")));
    }

    /** The same JW301 twice: both rejected with NO_MODEL (0001), no allocation, a retour when one can be written. */
    private static Outcome twiceRejectedNeverApplied(MessageValidator validator, byte[] jw301) {
        RulesConfig config = RulesConfig.defaults();
        try (Database db = Database.open(DatabaseConfig.h2Memory("no-model-" + UUID.randomUUID()))) {
            ProcessingEngine engine = new ProcessingEngine(validator, db, RuleSet.standard(config), config,
                    RetourResponder.standard());
            Outcome first = engine.process(jw301, new Receipt(RECEIVED, Channel.CLI, "jw301.xml"));
            Outcome again = engine.process(jw301, new Receipt(RECEIVED.plusSeconds(60), Channel.CLI, "jw301.xml"));
            for (Outcome o : List.of(first, again)) {
                assertEquals(Verdict.REJECTED, o.verdict(), o.findings().toString());
                List<Finding> errors = o.findings().stream().filter(Finding::isError).toList();
                assertEquals(1, errors.size(), errors.toString());
                assertEquals("NO_MODEL", errors.get(0).ruleId());
                assertEquals("0001", errors.get(0).retourCode());
            }
            assertFalse(db.inTransaction(tx -> tx.state().allocation(Party.of("0599"), ToewijzingNummer.of(48210336)))
                    .isPresent(), "nothing applied");
            assertEquals(2L, (long) db.inTransaction(tx -> tx.journal().list()).stream()
                    .filter(j -> j.direction().equals("IN") && j.verdict().equals("REJECTED")).count());
            return first;
        }
    }
}
