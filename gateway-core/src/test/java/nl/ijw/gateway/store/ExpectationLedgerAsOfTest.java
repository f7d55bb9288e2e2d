package nl.ijw.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.sap.SapRule;

/**
 * The ledger leaves out rows created after its as-of by the creating message's receipt time; it
 * reads that time only for rows created on the as-of day. At every receipt moment of a history,
 * and just before it, it must keep exactly the rows whose creating message came by then.
 */
class ExpectationLedgerAsOfTest {

    private static final List<String> RULES = List.of(SapRule.OP090, SapRule.OP274, SapRule.OP346, SapRule.OP271,
            SapRule.OP272, SapRule.OP090X4, SapRule.NO_START);

    @TempDir
    Path tmp;

    @Test
    void keepsExactlyTheRowsCreatedByAsOfAtEveryReceiptMoment() throws Exception {
        Path data = tmp.resolve("data");
        new Replay(GatewayCore.standard()).run(history(), data);
        DatabaseConfig config = DatabaseConfig.h2FileReadOnly(data);
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             ExpectationLedger ledger = ExpectationLedger.open(config)) {
            TreeSet<Instant> moments = receipts(c);
            assertTrue(moments.size() > 10, "a history with many receipts: " + moments.size());
            for (Instant t : moments) {
                for (Instant asOf : List.of(t.minusSeconds(1), t)) {
                    List<Long> got = new ArrayList<>();
                    ledger.forEach(RULES, null, null, asOf, o -> got.add(o.id()));
                    assertEquals(createdBy(c, asOf), got, "as of " + asOf);
                }
            }
        }
    }

    private static TreeSet<Instant> receipts(Connection c) throws Exception {
        TreeSet<Instant> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT received_at FROM journal WHERE direction = 'IN'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getObject(1, OffsetDateTime.class).toInstant());
            }
        }
        return out;
    }

    /** The rows by the creating message's receipt time, every one looked up. */
    private static List<Long> createdBy(Connection c, Instant asOf) throws Exception {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id FROM sap_expectation e"
                + " LEFT JOIN journal j ON j.id = e.journal_id WHERE e.status <> 'CANCELLED'"
                + " AND (j.received_at IS NULL OR j.received_at <= ?) ORDER BY e.id")) {
            ps.setObject(1, asOf.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static Path history() {
        return nl.ijw.gateway.testing.Samples.histories().resolve("sap-overdue-and-retroactive");
    }
}
