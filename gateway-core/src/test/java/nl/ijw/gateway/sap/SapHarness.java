package nl.ijw.gateway.sap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Expectation;

/**
 * Feeds domain messages to a {@link SapTracker} on a real in-memory H2 store, each in its own
 * committed transaction, and runs the watch. State a message needs (an allocation, a delivery)
 * is seeded explicitly: the engine's state applier is tested elsewhere.
 */
final class SapHarness implements AutoCloseable {

    private final Database db = Database.open(DatabaseConfig.h2Memory("sap-" + UUID.randomUUID()));
    private final SapTracker tracker;
    private long journalId;

    SapHarness(SapConfig config) {
        tracker = new SapTracker(config, WorkingDayCalendar.standard());
    }

    SapHarness() {
        this(SapConfig.defaults());
    }

    static SapConfig config(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return SapConfig.fromProperties(p);
    }

    /** 10:00 in Amsterdam on that day. */
    static Instant at(String date) {
        return LocalDate.parse(date).atTime(LocalTime.of(10, 0)).atZone(SapTracker.AMSTERDAM).toInstant();
    }

    List<SapFinding> receive(String date, IjwMessage m, RuleFixture.Seed... seeds) {
        return receive(date, m, true, seeds);
    }

    List<SapFinding> receive(String date, IjwMessage m, boolean accepted, RuleFixture.Seed... seeds) {
        long id = ++journalId;
        return db.inTransaction(tx -> {
            for (RuleFixture.Seed s : seeds) {
                s.into(tx.state());
            }
            return tracker.track(tx, m, accepted, id, at(date));
        });
    }

    /** The stored rows under a match key, as the report reads them. */
    List<Expectation> expectations(String matchKey) {
        return db.inTransaction(tx -> tx.expectations().byKey(matchKey));
    }

    List<SapFinding> scan(String date) {
        return scan(at(date));
    }

    List<SapFinding> scan(Instant asOf) {
        return tracker.watch().scan(db, asOf);
    }

    /** Findings of one rule only: most messages also create OP090 expectations. */
    static List<SapFinding> of(String rule, List<SapFinding> findings) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
