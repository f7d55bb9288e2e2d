package nl.ijw.gateway.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.ijw.gateway.store.Database;

/**
 * Puts SAP findings on the message they are about, after the replay, from its store: a replay
 * journals each message it replays as one IN entry, in manifest order, so a message's manifest
 * position is the rank of its IN entry, and its file is the entry's source name. Nothing is kept
 * per message while replaying; one pass over the journal at the end finds them all.
 */
final class JournalPlaces {

    /** A SAP finding and the journal entry it is about. */
    record Unplaced(long journalId, ReplayFinding finding) {
    }

    private JournalPlaces() {
    }

    /** The findings with their manifest position and file; position 0 and no file where the entry is no replayed message. */
    static List<ReplayFinding> place(Database db, List<Unplaced> findings) {
        long[] ids = findings.stream().mapToLong(Unplaced::journalId).distinct().sorted().toArray();
        int[] seqs = new int[ids.length];
        String[] files = new String[ids.length];
        if (ids.length > 0) {
            db.inTransaction(tx -> {
                int[] rank = {0};
                tx.journal().received((id, sourceName) -> {
                    rank[0]++;
                    int i = Arrays.binarySearch(ids, id);
                    if (i >= 0) {
                        seqs[i] = rank[0];
                        files[i] = sourceName;
                    }
                });
                return null;
            });
        }
        List<ReplayFinding> out = new ArrayList<>(findings.size());
        for (Unplaced u : findings) {
            int i = Arrays.binarySearch(ids, u.journalId());
            out.add(u.finding().placed(seqs[i], files[i]));
        }
        return out;
    }
}
