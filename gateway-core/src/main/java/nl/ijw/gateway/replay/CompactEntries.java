package nl.ijw.gateway.replay;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.RandomAccess;
import java.util.stream.IntStream;

/**
 * A manifest's entries held compactly, so a history of a million messages costs tens of MB, not
 * hundreds: the line, the receipt time as two numbers and the file name's UTF-8 bytes per entry
 * (about 20 bytes and the name's length), the path resolved again when asked for. Immutable once read (the manifest hands it out as its list).
 */
final class CompactEntries extends AbstractList<Manifest.Entry> implements RandomAccess {

    private final Path dir;
    private int size;
    private int[] lines = new int[64];
    private long[] seconds = new long[64];
    private int[] nanos = new int[64];
    /** The file names, UTF-8, one after another: name i is bytes starts[i] to starts[i + 1]. */
    private byte[] names = new byte[4096];
    private int[] starts = new int[65];

    CompactEntries(Path dir) {
        this.dir = dir;
    }

    void append(Manifest.Entry e) {
        if (size == lines.length) {
            int n = size * 2;
            lines = Arrays.copyOf(lines, n);
            seconds = Arrays.copyOf(seconds, n);
            nanos = Arrays.copyOf(nanos, n);
            starts = Arrays.copyOf(starts, n + 1);
        }
        byte[] name = e.file().getBytes(StandardCharsets.UTF_8);
        int at = starts[size];
        if (at + name.length > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, at + name.length));
        }
        System.arraycopy(name, 0, names, at, name.length);
        lines[size] = e.line();
        seconds[size] = e.receivedAt().getEpochSecond();
        nanos[size] = e.receivedAt().getNano();
        starts[size + 1] = at + name.length;
        size++;
    }

    @Override
    public Manifest.Entry get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        String file = file(i);
        return new Manifest.Entry(lines[i], Instant.ofEpochSecond(seconds[i], nanos[i]), file,
                dir.resolve(file).normalize());
    }

    private String file(int i) {
        return new String(names, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
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
        byte[] f = new byte[starts[size]];
        int[] fs = new int[size + 1];
        for (int k = 0; k < size; k++) {
            int i = order[k];
            l[k] = lines[i];
            s[k] = seconds[i];
            n[k] = nanos[i];
            int len = starts[i + 1] - starts[i];
            System.arraycopy(names, starts[i], f, fs[k], len);
            fs[k + 1] = fs[k] + len;
        }
        lines = l;
        seconds = s;
        nanos = n;
        names = f;
        starts = fs;
    }

    private int compare(int a, int b) {
        int c = Long.compare(seconds[a], seconds[b]);
        return c != 0 ? c : Integer.compare(nanos[a], nanos[b]);
    }
}
