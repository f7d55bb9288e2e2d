package nl.ijw.gateway.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.Expectation;

/**
 * The SAP findings of a replay, one per breach. The watch's OVERDUE for an expectation is kept
 * only while the awaited message is still missing: its LATE (which says {@code overdueSince})
 * replaces it when the message comes, and it is dropped when at the end the expectation is no
 * longer awaited (a withdrawn allocation, an Einddatum moved: a new deadline, judged on its own).
 */
final class OneFindingPerBreach {

    private final Map<Long, JournalPlaces.Unplaced> overdue = new LinkedHashMap<>();
    private final List<JournalPlaces.Unplaced> kept = new ArrayList<>();

    /** @param r the finding, placed on its message later ({@link JournalPlaces}) */
    void add(SapFinding f, ReplayFinding r) {
        add(f, new JournalPlaces.Unplaced(f.journalId(), r));
    }

    private void add(SapFinding f, JournalPlaces.Unplaced r) {
        if (f.kind() == SapFinding.Kind.OVERDUE) {
            overdue.put(f.expectationId(), r);
            return;
        }
        if (f.kind() == SapFinding.Kind.LATE) {
            overdue.remove(f.expectationId());
        }
        kept.add(r);
    }

    /** Every finding, the OVERDUE ones only when their expectation is still awaited in {@code db}; placed on their messages. */
    List<ReplayFinding> findings(Database db) {
        List<JournalPlaces.Unplaced> out = new ArrayList<>(kept);
        db.inTransaction(tx -> {
            for (Map.Entry<Long, JournalPlaces.Unplaced> e : overdue.entrySet()) {
                Expectation.Status s = tx.expectations().status(e.getKey());
                if (s == Expectation.Status.OPEN || s == Expectation.Status.OVERDUE) {
                    out.add(e.getValue());
                }
            }
            return null;
        });
        return JournalPlaces.place(db, out);
    }
}
