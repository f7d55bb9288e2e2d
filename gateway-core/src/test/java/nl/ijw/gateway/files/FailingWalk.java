package nl.ijw.gateway.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The real walk of a tree, except that one folder cannot be opened, as the JDK reports a folder
 * the user may not read: visitFileFailed with AccessDeniedException, its files never visited. Tests
 * run as root, who reads every folder, so permissions cannot provoke this.
 */
public final class FailingWalk {

    private FailingWalk() {
    }

    public static XmlFiles at(Path unreadable) {
        return new XmlFiles((root, visitor) -> Files.walkFileTree(root, new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(unreadable)) {
                    visitor.visitFileFailed(dir, new AccessDeniedException(dir.toString()));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return visitor.preVisitDirectory(dir, attrs);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                return visitor.visitFile(file, attrs);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                return visitor.visitFileFailed(file, e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                return visitor.postVisitDirectory(dir, e);
            }
        }));
    }
}
