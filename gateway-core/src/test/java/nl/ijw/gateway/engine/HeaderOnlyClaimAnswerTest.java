package nl.ijw.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Expectation;

/**
 * A JW325 that approves every prestatie is header only: no DeclaratieAntwoord block. It is valid,
 * is processed (it once threw a NullPointerException in the mapping and stopped the whole run),
 * and answers its claim: its DeclaratieIdentificatie fulfils the claim's OP090x4.
 *
 * <p>The sample claim is partly rejected on purpose (14 hours where the allocation allows 12,
 * TR321); a rejected claim is not forwarded and awaits no JW325 from the municipality (docs/sap.md).
 * Here it claims the 12 allowed, so the gateway accepts and forwards it and the JW325 is awaited.
 */
class HeaderOnlyClaimAnswerTest {

    /** Key under which the SAP tracker awaits the JW325 to claim AB2600231 of provider 41836207. */
    private static final String CLAIM_ANSWER = "JW325|41836207|AB2600231";

    @Test
    void aHeaderOnlyJw325IsProcessedAndFulfilsItsClaimsOp090x4() throws IOException {
        DropEveryElementTest.build();
        byte[] headerOnly = ElementDrops.without(DropEveryElementTest.sample("jw325"), "DeclaratieAntwoord");
        assertTrue(DropEveryElementTest.core.validator().validate(headerOnly, "jw325").isValid(), "valid without the block");

        try (Database db = Database.open(DatabaseConfig.h2Memory("jw325-" + UUID.randomUUID()))) {
            ProcessingEngine engine = DropEveryElementTest.core.engine(db);
            for (String key : DropEveryElementTest.STORY.keySet()) {
                if (key.equals("jw325")) {
                    break;
                }
                byte[] bytes = key.equals("jw323") ? withinAllocation() : DropEveryElementTest.sample(key);
                Outcome in = engine.process(bytes,
                        new Receipt(DropEveryElementTest.at(DropEveryElementTest.STORY.get(key), 0), Channel.CLI, key));
                assertEquals(Verdict.ACCEPTED, in.verdict(), key + ": " + in.findings());
            }
            assertEquals(List.of(Expectation.Status.OPEN), op090x4(db), "the claim awaits its answer");

            Outcome o = engine.process(headerOnly, new Receipt(DropEveryElementTest.at("2026-04-15", 0), Channel.CLI, "jw325"));

            assertEquals(Verdict.ACCEPTED, o.verdict(), o.findings().toString());
            assertEquals(MessageType.JW325, o.type());
            assertEquals(List.of(Expectation.Status.DONE), op090x4(db), "the header-only JW325 answered the claim");
            assertEquals(List.of(), o.sapFindings(), "within 10 working days of 2 April");
        }
    }

    /** The sample claim with its first prestatie at the allocation's 12 hours (12 x 9874 = 118488 cents). */
    private static byte[] withinAllocation() throws IOException {
        String xml = new String(DropEveryElementTest.sample("jw323"), StandardCharsets.UTF_8);
        String fixed = xml.replace("<jw323:GeleverdVolume>14</jw323:GeleverdVolume>", "<jw323:GeleverdVolume>12</jw323:GeleverdVolume>")
                .replace("<ijw:Bedrag>138236</ijw:Bedrag>", "<ijw:Bedrag>118488</ijw:Bedrag>")
                .replace("<ijw:TotaalBedrag>266598</ijw:TotaalBedrag>", "<ijw:TotaalBedrag>246850</ijw:TotaalBedrag>");
        assertTrue(!fixed.equals(xml) && fixed.contains(">12</jw323:GeleverdVolume>"), "the sample still has its 14 hours");
        return fixed.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Expectation.Status> op090x4(Database db) {
        return db.inTransaction(tx -> tx.expectations().byKey(CLAIM_ANSWER)).stream()
                .filter(e -> e.rule().equals(SapRule.OP090X4)).map(Expectation::status).toList();
    }
}
