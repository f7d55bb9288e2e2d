package nl.ijw.gateway.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.ijw.gateway.dispatch.SignalJson;
import nl.ijw.gateway.intake.OverdueWatch;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;

/**
 * The SAP signals of the seeded history, heard as the replay raises them and kept as the live
 * gateway keeps its own: SIGNAL rows of the outbox, which {@code status} and {@code /api/status} show
 * as the last signals. Without them a demo said "none yet" beside three months of late and overdue
 * findings. They are stored as sent at the time raised, as a gateway that had been running would have
 * published them, so the live relay does not send months of old signals to {@code ijw.signals}.
 */
final class SeededSignals implements Replay.Signals {

    private record Raised(SapFinding finding, Instant at) {
    }

    private final List<Raised> raised = new ArrayList<>();

    @Override
    public void raised(SapFinding f, Instant raisedAt) {
        raised.add(new Raised(f, raisedAt));
    }

    int count() {
        return raised.size();
    }

    /** Writes them, in the order raised, into the store in {@code dir} (the replay's output), in one transaction. */
    void writeTo(Path dir) {
        try (Database db = Database.open(DatabaseConfig.h2File(dir))) {
            db.inTransaction(tx -> {
                for (Raised r : raised) {
                    // The client of the signal's message, masked, read from its journal entry as the live watch does.
                    String bsn = SignalJson.bsnMasked(tx.journal().payload(r.finding().journalId()));
                    tx.outbox().addSent(OverdueWatch.signalRow(r.finding(), r.at(), bsn), r.at());
                }
                return null;
            });
        }
    }
}
