package nl.ijw.gateway.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One running gateway per data directory: an exclusive lock on {@code DIR/gateway.lock}, held
 * while the gateway runs. A second gateway on the same directory otherwise waited for ever,
 * without a word, for the broker journal's lock. The operating system drops the lock when the
 * process ends, also when it is killed, so a crash never leaves the directory locked.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE = "gateway.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another gateway is running on " + dataDir + " (it holds " + file
                    + " locked); stop that one first, or give another --data");
        }
        return new DataDirLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
