package nl.ijw.gateway.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder's *.xml files; a subfolder that cannot be read is set aside, not the end of the search. */
class XmlFilesTest {

    @TempDir
    Path tmp;

    private Path tree() throws IOException {
        Files.createDirectories(tmp.resolve("closed"));
        Files.createDirectories(tmp.resolve("sub"));
        Files.writeString(tmp.resolve("ok.xml"), "<a/>");
        Files.writeString(tmp.resolve("B.XML"), "<a/>");
        Files.writeString(tmp.resolve("notes.txt"), "x");
        Files.writeString(tmp.resolve("sub/deep.xml"), "<a/>");
        Files.writeString(tmp.resolve("closed/hidden.xml"), "<a/>");
        return tmp;
    }

    @Test
    void findsTheXmlFilesOfEveryReadableFolderInPathOrder() throws IOException {
        XmlFiles.Found found = FailingWalk.at(tree().resolve("closed")).in(tmp);
        assertEquals(List.of(tmp.resolve("B.XML"), tmp.resolve("ok.xml"), tmp.resolve("sub/deep.xml")), found.files());
        assertEquals(1, found.unreadable().size());
        assertEquals(tmp.resolve("closed"), found.unreadable().get(0).path());
        assertInstanceOf(AccessDeniedException.class, found.unreadable().get(0).cause());
    }

    @Test
    void aTreeReadInFullHasNothingUnreadable() throws IOException {
        XmlFiles.Found found = XmlFiles.ON_DISK.in(tree());
        assertEquals(4, found.files().size());
        assertEquals(List.of(), found.unreadable());
    }

    /** The same for real where permissions bind (not as root, as in CI; the test above covers that). */
    @Test
    void aFolderWithoutReadPermissionOnDisk() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        Path closed = tree().resolve("closed");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            XmlFiles.Found found = XmlFiles.ON_DISK.in(tmp);
            assertEquals(3, found.files().size());
            assertEquals(closed, found.unreadable().get(0).path());
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
