package nl.ijw.gateway.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An output folder a command is about to write, noted before anything is created, so that a run
 * that fails can remove what it made and the same command can be run again (a half-made folder
 * would be refused as not empty). Only what this run created goes: the folders it created,
 * parents included, or, when the folder was there already, the entries that were not in it when
 * it was noted (the command has checked those to be none, or its own earlier output it was told
 * to replace: a name that was there is left even then, as it may not be the command's).
 */
public final class NewOutput {

    private final Path out;
    /** The topmost folder this run creates (out or a missing parent of it), or null when out exists. */
    private final Path created;
    /** The names in out when it was noted (empty when out did not exist). */
    private final Set<String> existing;

    private NewOutput(Path out, Path created, Set<String> existing) {
        this.out = out;
        this.created = created;
        this.existing = existing;
    }

    /** Notes what of {@code out} exists now; call it before creating anything. */
    public static NewOutput before(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path top = null;
        for (Path p = abs; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            top = p;
        }
        return new NewOutput(abs, top, top == null ? names(abs) : Set.of());
    }

    private static Set<String> names(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            return null; // unknown: discard then removes nothing from it
        }
    }

    /** Removes the folders this run created; leaves a folder that was there already as it is. */
    public void discardCreated(Throwable failure) {
        if (created != null) {
            remove(created, failure);
        }
    }

    /**
     * Removes what this run wrote: the folders it created, or the entries of an existing {@code out}
     * that were not there when it was noted, except those named in {@code keep}. Problems removing
     * are added to {@code failure}, which the caller throws: the failure is what the user must hear about.
     */
    public void discard(Throwable failure, Set<String> keep) {
        if (created != null) {
            remove(created, failure);
            return;
        }
        if (existing == null) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (!keep.contains(name) && !existing.contains(name)) {
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
