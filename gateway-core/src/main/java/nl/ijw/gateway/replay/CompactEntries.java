package nl.ijw.gateway.replay;

import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.RandomAccess;
import java.util.stream.IntStream;

/**
 * A manifest's entries held compactly, so a history of a million messages costs tens of MB, not
 * hundreds: the line, the receipt time as two numbers and the file name per entry, the path
 * resolved again when asked for. Immutable once read (the manifest hands it out as its list).
 */
final class CompactEntries extends AbstractList<Manifest.Entry> implements RandomAccess {

    private final Path dir;
    private int size;
    private int[] lines = new int[64];
    private long[] seconds = new long[64];
    private int[] nanos = new int[64];
    private String[] files = new String[64];

    CompactEntries(Path dir) {
        this.dir = dir;
    }

    void append(Manifest.Entry e) {
        if (size == lines.length) {
            int n = size * 2;
            lines = Arrays.copyOf(lines, n);
            seconds = Arrays.copyOf(seconds, n);
            nanos = Arrays.copyOf(nanos, n);
            files = Arrays.copyOf(files, n);
        }
        lines[size] = e.line();
        seconds[size] = e.receivedAt().getEpochSecond();
        nanos[size] = e.receivedAt().getNano();
        files[size] = e.file();
        size++;
    }

    @Override
    public Manifest.Entry get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return new Manifest.Entry(lines[i], Instant.ofEpochSecond(seconds[i], nanos[i]), files[i],
                dir.resolve(files[i]).normalize());
    }

    @Override
    public int size() {
        return size;
    }

    /** Sorts by receipt time, stably (equal times keep their order); nothing moves when already in order. */
    void sortByReceiptTime() {
        boolean sorted = IntStream.range(1, size).allMatch(i -> compare(i - 1, i) <= 0);
        if (sorted) {
            return;
        }
        Integer[] order = IntStream.range(0, size).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> seconds[i]).thenComparingInt(i -> nanos[i]));
        int[] l = new int[size];
        long[] s = new long[size];
        int[] n = new int[size];
        String[] f = new String[size];
        for (int k = 0; k < size; k++) {
            int i = order[k];
            l[k] = lines[i];
            s[k] = seconds[i];
            n[k] = nanos[i];
            f[k] = files[i];
        }
        lines = l;
        seconds = s;
        nanos = n;
        files = f;
    }

    private int compare(int a, int b) {
        int c = Long.compare(seconds[a], seconds[b]);
        return c != 0 ? c : Integer.compare(nanos[a], nanos[b]);
    }
}
