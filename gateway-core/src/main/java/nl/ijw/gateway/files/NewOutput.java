package nl.ijw.gateway.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An output folder a command is about to write, noted before anything is created, so that a run
 * that fails can remove what it made and the same command can be run again (a half-made folder
 * would be refused as not empty). Only what this run created goes: the folders it created,
 * parents included, or, when the folder was there already, the entries in it, which the command
 * has checked to be none (or only its own earlier output it was told to replace).
 */
public final class NewOutput {

    private final Path out;
    /** The topmost folder this run creates (out or a missing parent of it), or null when out exists. */
    private final Path created;

    private NewOutput(Path out, Path created) {
        this.out = out;
        this.created = created;
    }

    /** Notes what of {@code out} exists now; call it before creating anything. */
    public static NewOutput before(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path top = null;
        for (Path p = abs; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            top = p;
        }
        return new NewOutput(abs, top);
    }

    /** Removes the folders this run created; leaves a folder that was there already as it is. */
    public void discardCreated(Throwable failure) {
        if (created != null) {
            remove(created, failure);
        }
    }

    /**
     * Removes what this run wrote: the folders it created, or the entries of an existing {@code out}
     * except those named in {@code keep}. Problems removing are added to {@code failure}, which the
     * caller throws: the failure is what the user must hear about.
     */
    public void discard(Throwable failure, Set<String> keep) {
        if (created != null) {
            remove(created, failure);
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            for (Path p : entries.toList()) {
                if (!keep.contains(p.getFileName().toString())) {
                    remove(p, failure);
                }
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void remove(Path tree, Throwable failure) {
        if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
            return; // refused before anything was created
        }
        try (Stream<Path> walk = Files.walk(tree)) { // does not follow links: removes a link, not its target
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
