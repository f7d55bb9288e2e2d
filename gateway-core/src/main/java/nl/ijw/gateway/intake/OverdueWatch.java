package nl.ijw.gateway.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.ijw.gateway.engine.SystemFailure;
import nl.ijw.gateway.dispatch.JsonProps;
import nl.ijw.gateway.dispatch.Output;
import nl.ijw.gateway.dispatch.SignalJson;
import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.sap.SapWatch;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.Outbox;

/**
 * The live overdue watch: one scan at the wall clock, its signals written to the outbox in the
 * transaction of their batch, which also moves the watch's watermark past them, so a signal is
 * never lost after the commit nor raised twice once committed.
 */
public final class OverdueWatch {

    private final SapWatch watch;
    private final Database database;
    private final Clock clock;

    public OverdueWatch(SapWatch watch, Database database, Clock clock) {
        this.watch = watch;
        this.database = database;
        this.clock = clock;
    }

    /**
     * A signal as the outbox row the relay publishes on {@code ijw.signals} (journal id 0: raised by
     * the watch, not by a delivery, so no redelivery sends it again).
     */
    public static Outbox.Row signalRow(SapFinding f, Instant raisedAt, String bsnMasked) {
        Output o = SignalJson.output(f, raisedAt, bsnMasked);
        return new Outbox.Row(0, o.kind().name(), o.destination(), JsonProps.write(o.properties()), null, o.payload());
    }

    /** @return the signals raised */
    public List<SapFinding> run() {
        Instant now = clock.instant();
        List<SapFinding> raised = new ArrayList<>();
        try {
            // Each batch's signals go to the outbox in the batch's own transaction, with its watermark.
            // An allocation waits for several things: its message is read once a run.
            java.util.Map<Long, java.util.Optional<String>> bsns = new java.util.HashMap<>();
            watch.scanWithin(database, now, (tx, f) -> {
                java.util.Optional<String> bsn = bsns.get(f.journalId());
                if (bsn == null) {
                    if (bsns.size() >= 10_000) {
                        bsns.clear(); // bounded: a first scan of a large store reports a million
                    }
                    bsn = java.util.Optional.ofNullable(SignalJson.bsnMasked(tx.journal().payload(f.journalId())));
                    bsns.put(f.journalId(), bsn);
                }
                tx.outbox().add(signalRow(f, now, bsn.orElse(null)), now);
                raised.add(f);
            });
            return raised;
        } catch (nl.ijw.gateway.store.StoreException e) {
            throw new SystemFailure("the overdue watch could not read the store: " + e.getMessage(), e);
        }
    }
}
