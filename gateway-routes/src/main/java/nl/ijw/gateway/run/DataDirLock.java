package nl.ijw.gateway.run;

import java.io.IOException;
import java.nio.file.Path;

import nl.ijw.gateway.files.FolderLock;

/**
 * One running gateway per data directory: an exclusive lock on {@code DIR/gateway.lock}, held
 * while the gateway runs. A second gateway on the same directory otherwise waited for ever,
 * without a word, for the broker journal's lock. The lock goes with the process, also when it
 * is killed, so a crash never leaves the directory locked.
 */
final class DataDirLock {

    static final String FILE = "gateway.lock";

    private DataDirLock() {
    }

    static FolderLock acquire(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        return FolderLock.tryLock(file).orElseThrow(() -> new IllegalStateException("another gateway is running on "
                + dataDir + " (it holds " + file + " locked); stop that one first, or give another --data"));
    }
}
