package nl.ijw.gateway.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code *.xml} files below a folder (any case, subfolders too), for every command that expands
 * a folder of messages. A subfolder that cannot be read does not end the search, as
 * {@code Files.walk} would: it is kept aside, so the command can say so and still use the files
 * it did find.
 */
public final class XmlFiles {

    /** A folder (or file) below the one searched that could not be read, and why. */
    public record Unreadable(Path path, IOException cause) {
    }

    /** The *.xml files found, in path order, and what could not be read on the way. */
    public record Found(List<Path> files, List<Unreadable> unreadable) {
    }

    /** Walks a tree as {@link Files#walkFileTree(Path, FileVisitor)} does; a test puts in one that fails. */
    @FunctionalInterface
    public interface Walker {
        void walk(Path root, FileVisitor<Path> visitor) throws IOException;
    }

    /** The real file system. */
    public static final XmlFiles ON_DISK = new XmlFiles(Files::walkFileTree);

    private final Walker walker;

    public XmlFiles(Walker walker) {
        this.walker = walker;
    }

    /** The *.xml files below dir; throws only when the walk itself fails, not for an unreadable subfolder. */
    public Found in(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        walker.walk(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // A link is not followed by the walk; one to a file counts as that file, as Files.walk's users had it.
                boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
                if (regular && isXml(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable.add(new Unreadable(file, e));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                if (e != null) {
                    unreadable.add(new Unreadable(d, e)); // failed while listing it: some of its files may be missing
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return new Found(List.copyOf(files), List.copyOf(unreadable));
    }

    private static boolean isXml(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }
}
