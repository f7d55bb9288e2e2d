package nl.ijw.gateway.intake;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.ProcessingEngine;

/**
 * The single writer for concurrent consumers: each consumer hands in its prepared message and
 * waits; the writer commits whatever has queued up in one transaction ({@link
 * ProcessingEngine#commitAll}, group commit), so a busy gateway pays one commit per group, not per
 * message. A message whose commit fails gets its own failure back; the others are unaffected.
 */
public final class GroupWriter implements AutoCloseable {

    private record Pending(ProcessingEngine.Prepared prepared, ProcessingEngine.AfterDecide after,
                           CompletableFuture<Outcome> result) {
    }

    private final ProcessingEngine engine;
    private final int maxGroup;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    public GroupWriter(ProcessingEngine engine, int maxGroup) {
        this.engine = engine;
        this.maxGroup = maxGroup;
        this.thread = new Thread(this::loop, "ijw-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Commits the message with its work, in its turn; blocks until it is committed or failed. */
    public Outcome commit(ProcessingEngine.Prepared p, ProcessingEngine.AfterDecide after) {
        if (!running) {
            throw new IllegalStateException("the writer is stopped");
        }
        Pending pending = new Pending(p, after, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while committing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void loop() {
        List<Pending> group = new ArrayList<>(maxGroup);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, maxGroup - 1);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void write(List<Pending> group) {
        Map<ProcessingEngine.Prepared, Pending> byPrepared = new IdentityHashMap<>();
        List<ProcessingEngine.Prepared> prepared = new ArrayList<>(group.size());
        for (Pending p : group) {
            byPrepared.put(p.prepared(), p);
            prepared.add(p.prepared());
        }
        try {
            List<ProcessingEngine.Committed> done = engine.commitAll(prepared,
                    (tx, p, o) -> byPrepared.get(p).after().within(tx, p, o));
            for (ProcessingEngine.Committed c : done) {
                Pending p = byPrepared.get(c.prepared());
                if (c.ok()) {
                    p.result().complete(c.outcome());
                } else {
                    p.result().completeExceptionally(c.failure());
                }
            }
        } catch (RuntimeException e) {
            group.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
