package nl.ijw.gateway.replay;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A pass over a manifest read on a thread of its own, a bounded number of entries ahead: the
 * replay's writer takes entries without parsing the manifest itself, and memory stays bounded.
 * A failure of the reading thread is thrown by {@link #next()} where it happened.
 */
final class ReadAhead implements Manifest.Pass {

    private static final int AHEAD = 4096;
    private static final Object END = new Object();

    private final Manifest.Pass source;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private boolean ended;

    ReadAhead(Manifest.Pass source) {
        this.source = source;
        this.reader = new Thread(this::read, "replay-manifest");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            for (Manifest.Entry e = source.next(); e != null; e = source.next()) {
                queue.put(e);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed before the end
        } catch (IOException | RuntimeException e) {
            try {
                queue.put(e);
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public Manifest.Entry next() throws IOException {
        if (ended) {
            return null;
        }
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("replay interrupted while reading the manifest");
        }
        if (o == END) {
            ended = true;
            return null;
        }
        if (o instanceof IOException e) {
            ended = true;
            throw e;
        }
        if (o instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        return (Manifest.Entry) o;
    }

    @Override
    public void close() throws IOException {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
