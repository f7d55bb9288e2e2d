package nl.ijw.gateway.replay;

import java.util.Arrays;

/**
 * Where each replayed message went in the journal: its journal id and manifest position, in
 * replay order. Journal ids grow with each commit, so a lookup is a binary search; 12 bytes a
 * message instead of a map entry (about 80), so a million messages cost 12 MB.
 */
final class JournalPlaces {

    private long[] ids = new long[1024];
    private int[] seqs = new int[1024];
    private int size;

    void add(long journalId, int seq) {
        if (size > 0 && journalId <= ids[size - 1]) {
            throw new IllegalStateException("journal ids must grow: " + journalId + " after " + ids[size - 1]);
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            seqs = Arrays.copyOf(seqs, size * 2);
        }
        ids[size] = journalId;
        seqs[size] = seq;
        size++;
    }

    /** The manifest position (from 1) of the message journaled under this id; 0: none of the replayed ones. */
    int seqOf(long journalId) {
        int i = Arrays.binarySearch(ids, 0, size, journalId);
        return i < 0 ? 0 : seqs[i];
    }
}
