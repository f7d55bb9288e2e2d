package nl.ijw.gateway.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A report file checked before the work that fills it: a replay of a year takes minutes, and a
 * typo in {@code --out} or {@code --html} found only at the end lost them (and left a replay's
 * output folder full, with exit code 2). The causes are the file system's own exceptions, so
 * {@link ErrorText} says them in the same words as when the write itself fails.
 */
final class ReportFile {

    private ReportFile() {
    }

    /** Refuses a folder, a path whose folder does not exist, and a folder that cannot be written to. */
    static void checkWritable(Path file, String option) throws IOException {
        checkWritable(file, option, null);
    }

    /** As above, but a file in {@code madeBefore} (a folder the command creates first) is fine. */
    static void checkWritable(Path file, String option, Path madeBefore) throws IOException {
        if (file == null) {
            return;
        }
        String what = "Cannot write the report to " + option + " " + file;
        if (Files.isDirectory(file)) {
            throw new IOException(what, new FileSystemException(file.toString(), null, "Is a directory"));
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null && madeBefore != null && parent.equals(madeBefore.toAbsolutePath().normalize())) {
            return;
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException(what, new NoSuchFileException(file.toString()));
        }
        if (parent != null && !Files.isWritable(parent) || Files.exists(file) && !Files.isWritable(file)) {
            throw new IOException(what, new AccessDeniedException(file.toString()));
        }
    }
}
