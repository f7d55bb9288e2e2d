package nl.ijw.gateway.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.StoreException;

/** The log of unmasked views on a real store: written before the BSN is shown, or the view is refused. */
class AccessLogTest {

    @TempDir
    Path tmp;

    static final Instant T = Instant.parse("2026-03-02T09:15:30.123456Z");

    @Test
    void aViewIsStoredWithWhoWhenWhyAndWhatAndListedByTime() {
        try (Database db = Database.open(DatabaseConfig.h2File(tmp))) {
            MonitorStore store = MonitorStore.live(db, tmp);
            AccessLog log = new AccessLog(store, Clock.fixed(T, ZoneOffset.UTC));
            AccessEntry a = log.record("privacy", "privacy-officer", "999990019", "request for access of the client",
                    "timeline, ToewijzingNummer 123");
            AccessEntry b = new AccessLog(store, Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC))
                    .record("privacy", "privacy-officer", "999990020", "complaint 2026-17", "timeline, BSN search");
            assertEquals(Instant.parse("2026-03-02T09:15:30.123Z"), a.viewedAt());
            assertEquals(List.of(a, b), log.list(null, null));
            assertEquals(List.of(a), log.list(T.minusSeconds(1), T.plusSeconds(1)));
            assertEquals(List.of(b), log.list(T.plusSeconds(1), null));
            assertEquals(List.of(), log.list(null, a.viewedAt()), "to is exclusive");
            assertFalse(a.toString().contains("999990019"), "the BSN is masked when printed");
        }
    }

    @Test
    void whatWasViewedIsStoredAsBeforeAndReadBackAsItsKind() {
        try (Database db = Database.open(DatabaseConfig.h2File(tmp))) {
            AccessLog log = new AccessLog(MonitorStore.live(db, tmp), Clock.fixed(T, ZoneOffset.UTC));
            log.record("privacy", "privacy-officer", "999990019", "why", new Viewed.TimelineByAllocation("48210604"));
            log.record("privacy", "privacy-officer", "999990019", "why", new Viewed.TimelineByBsn());
            log.record("privacy", "privacy-officer", "999990019", "why", "client timeline, search by BSN"); // an older row
            log.record("privacy", "privacy-officer", "999990019", "why", "export by hand");
            List<AccessEntry> rows = log.list(null, null);
            assertEquals(List.of("client timeline, search by ToewijzingNummer 48210604", "client timeline, search by BSN",
                    "client timeline, search by BSN", "export by hand"), rows.stream().map(AccessEntry::viewed).toList(),
                    "the column and its CSV export hold what they always held");
            assertEquals(List.of(new Viewed.TimelineByAllocation("48210604"), new Viewed.TimelineByBsn(),
                    new Viewed.TimelineByBsn(), new Viewed.Other("export by hand")), rows.stream().map(AccessEntry::what).toList());
        }
    }

    @Test
    void theReasonIsRequiredAndTheBsnMustBeOne() {
        try (Database db = Database.open(DatabaseConfig.h2File(tmp))) {
            AccessLog log = new AccessLog(MonitorStore.live(db, tmp), Clock.systemUTC());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> log.record("privacy", "privacy-officer", "999990019", "  ", "timeline"));
            assertTrue(e.getMessage().contains("reason"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> log.record("privacy", "privacy-officer", "12", "why", "timeline"));
            assertThrows(IllegalArgumentException.class,
                    () -> log.record("privacy", "privacy-officer", "999990019", "x".repeat(1001), "timeline"));
            assertEquals(List.of(), log.list(null, null), "nothing half-written");
        }
    }

    @Test
    void aStoreThatCannotBeWrittenRefusesTheViewInWords() {
        try (Database db = Database.open(DatabaseConfig.h2File(tmp))) {
            db.inTransaction(tx -> null);
        }
        AccessLog readOnly = new AccessLog(MonitorStore.dataDir(tmp), Clock.systemUTC());
        StoreException e = assertThrows(StoreException.class,
                () -> readOnly.record("privacy", "privacy-officer", "999990019", "why", "timeline"));
        assertTrue(e.getMessage().startsWith("Cannot write the access log"), e.getMessage());
        assertEquals(List.of(), readOnly.list(null, null), "reading works read-only");
        // A store without the table (a database of another program): the write fails loudly, too.
        AccessLog noTable = new AccessLog(new MonitorStore(DatabaseConfig.h2Memory("no-access-log"), "memory", false),
                Clock.systemUTC());
        StoreException missing = assertThrows(StoreException.class,
                () -> noTable.record("privacy", "privacy-officer", "999990019", "why", "timeline"));
        assertTrue(missing.getMessage().startsWith("Cannot write the access log"), missing.getMessage());
    }
}
