package nl.ijw.gateway.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written before V13 keeps its payloads when they move out of the journal rows. */
class JournalPayloadMigrationTest {

    @TempDir
    Path data;

    @Test
    void payloadsOfAnOlderStoreAreReadAfterTheMove() throws Exception {
        DatabaseConfig config = DatabaseConfig.h2File(data);
        Flyway.configure().dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration").target("12")
                .placeholders(Map.of("binary", "VARBINARY(1000000000)", "text", "VARCHAR(1000000000)"))
                .load().migrate();
        byte[] old = "<Bericht>before V13</Bericht>".getBytes(StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             PreparedStatement ps = c.prepareStatement("INSERT INTO journal (id, direction, received_at, channel,"
                     + " source_name, sha256, size_bytes, verdict, schema_version, ruleset_version, findings_json,"
                     + " payload) VALUES (7, 'IN', ?, 'FOLDER', 'a.xml', ?, ?, 'ACCEPTED', 's', 'r', '[]', ?)")) {
            ps.setObject(1, Instant.parse("2026-03-02T09:00:00Z").atOffset(ZoneOffset.UTC));
            ps.setString(2, "0".repeat(64));
            ps.setLong(3, old.length);
            ps.setBytes(4, old);
            ps.executeUpdate();
        }
        try (Database db = Database.open(config)) {
            byte[] fresh = "<Bericht>after V13</Bericht>".getBytes(StandardCharsets.UTF_8);
            long id = db.inTransaction(tx -> tx.journal().append(new JournalEntry(JournalEntry.Direction.IN,
                    Instant.parse("2026-03-03T09:00:00Z"), "FOLDER", "b.xml", "1".repeat(64), fresh.length, null, null,
                    null, null, null, null, "REJECTED", "s", "r", "[]", null, fresh)));
            assertArrayEquals(old, db.inTransaction(tx -> tx.journal().payload(7)));
            assertArrayEquals(fresh, db.inTransaction(tx -> tx.journal().payload(id)));
            long count = db.inTransaction(tx -> tx.journal().count());
            assertEquals(2, count);
        }
    }
}
