package nl.ijw.gateway.replay;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.ijw.gateway.files.FolderLock;

/**
 * The folder one replay writes into ({@code db/}, {@code retours/}, {@code report.json}), claimed
 * for the whole run. A replay never loses a file it did not write: it refuses a folder inside the
 * history (or holding it), a folder that is not empty unless {@code force} is given, and even then
 * a folder holding anything a replay does not write (nothing is removed then). A lock on
 * {@value #LOCK_FILE} keeps a second replay out of the folder while the first runs; the lock file
 * stays, as deleting it would let two runs lock different files.
 */
public final class ReplayOutput implements AutoCloseable {

    public static final String LOCK_FILE = ".replay.lock";
    /** The names {@code Replay} gives retours: sequence, type, Identificatie. */
    private static final Pattern RETOUR = Pattern.compile("\\d{5,}-jw\\d{3}-[^/\\\\]*\\.xml");
    /** H2 keeps the store's data, trace and temporary files under this base name. */
    private static final String DB_BASE = "ijw-gateway.";
    private static final Set<String> OWN = Set.of("db", "retours", "report.json", LOCK_FILE);
    private static final int NAMES_SHOWN = 5;

    private final Path dir;
    private final FolderLock lock;

    private ReplayOutput(Path dir, FolderLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /**
     * Claims {@code out} for a replay of {@code history}: refuses what could lose files, locks the
     * folder and, with {@code force}, removes an earlier replay's output.
     *
     * @throws OutputRefused with a text in words when the folder may not be used
     */
    public static ReplayOutput claim(Path history, Path out, boolean force) throws IOException {
        refuseOverlap(history, out);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new OutputRefused("Output folder " + out + " is a file, not a folder; give a new or empty folder");
        }
        Optional<FolderLock> lock;
        try {
            Files.createDirectories(out);
            lock = FolderLock.tryLock(out.resolve(LOCK_FILE));
        } catch (AccessDeniedException e) {
            throw new OutputRefused("Cannot write into output folder " + out + ": permission denied (" + e.getFile() + ")");
        } catch (FileSystemException e) {
            throw new OutputRefused("Cannot create output folder " + out, e); // the cause says why, in words at the command line
        }
        if (lock.isEmpty()) {
            throw new OutputRefused("Output folder " + out + " is in use by another replay that is still running (it holds "
                    + LOCK_FILE + "); wait until it has finished, or choose another folder");
        }
        ReplayOutput claimed = new ReplayOutput(out, lock.get());
        try {
            claimed.clear(force);
            return claimed;
        } catch (IOException | RuntimeException e) {
            claimed.close();
            throw e;
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }

    /** An output folder inside the history, equal to it or holding it could overwrite or delete its messages. */
    private static void refuseOverlap(Path history, Path out) throws IOException {
        Path h = history.toRealPath();
        Path o = realPath(out);
        if (o.equals(h)) {
            throw new OutputRefused("Output folder " + out + " is the history folder " + history
                    + "; a replay writes db/, retours/ and report.json, so choose a folder outside the history");
        }
        if (o.startsWith(h)) {
            throw new OutputRefused("Output folder " + out + " lies inside the history folder " + history
                    + "; choose a folder outside the history");
        }
        if (h.startsWith(o)) {
            throw new OutputRefused("Output folder " + out + " holds the history folder " + history
                    + "; choose a folder outside the history");
        }
    }

    /** The real path of a folder that may not exist yet: its nearest existing ancestor's, plus the rest. */
    static Path realPath(Path p) throws IOException {
        Path abs = p.toAbsolutePath();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs.normalize();
        }
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }

    private void clear(boolean force) throws IOException {
        List<String> present = entries(dir);
        present.remove(LOCK_FILE);
        if (present.isEmpty()) {
            return;
        }
        if (!force) {
            throw new OutputRefused("Output folder " + dir + " is not empty (" + names(present)
                    + "); choose a new or empty folder, or add --force to replace an earlier replay's output");
        }
        List<String> foreign = foreign(present);
        if (!foreign.isEmpty()) {
            throw new OutputRefused("Output folder " + dir + " holds what no replay writes (" + names(foreign)
                    + "); --force replaces only an earlier replay's db/, retours/ and report.json, so nothing was"
                    + " removed: move those away or choose another folder");
        }
        for (String name : List.of("db", "retours")) {
            Path sub = dir.resolve(name);
            if (Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(sub)) {
                    for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(q);
                    }
                }
            }
        }
        Files.deleteIfExists(dir.resolve("report.json"));
    }

    /** What in the folder a replay did not write: other names, links, folders where files belong and vice versa. */
    private List<String> foreign(List<String> present) throws IOException {
        List<String> foreign = new ArrayList<>();
        for (String name : present) {
            Path p = dir.resolve(name);
            if (!OWN.contains(name) || Files.isSymbolicLink(p)) {
                foreign.add(name);
            } else if (name.equals("report.json")) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    foreign.add(name);
                }
            } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                foreign.add(name);
            } else {
                for (String inner : entries(p)) {
                    boolean own = Files.isRegularFile(p.resolve(inner), LinkOption.NOFOLLOW_LINKS)
                            && (name.equals("db") ? inner.startsWith(DB_BASE) : RETOUR.matcher(inner).matches());
                    if (!own) {
                        foreign.add(name + "/" + inner);
                    }
                }
            }
        }
        return foreign;
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static String names(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() > NAMES_SHOWN ? shown + " and " + (names.size() - NAMES_SHOWN) + " more" : shown;
    }

    /** An output folder a replay may not use, with the reason in words. */
    public static final class OutputRefused extends RuntimeException {
        public OutputRefused(String message) {
            super(message);
        }

        public OutputRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
