package nl.ijw.gateway.xml;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Keeps expensive, non-thread-safe objects (parsers, validators) for reuse: a thread borrows
 * one, uses it alone, and gives it back. Grows to the number of threads using it at once.
 */
public final class Pool<T> {

    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final Supplier<T> factory;

    public Pool(Supplier<T> factory) {
        this.factory = factory;
    }

    public T borrow() {
        T t = idle.poll();
        return t != null ? t : factory.get();
    }

    public void release(T t) {
        idle.offer(t);
    }
}
