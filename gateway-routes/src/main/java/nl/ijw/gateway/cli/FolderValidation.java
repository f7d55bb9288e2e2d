package nl.ijw.gateway.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import nl.ijw.gateway.validation.MessageValidator;
import nl.ijw.gateway.validation.ValidationReport;

/**
 * Validates many files on several threads and hands the results on in file order, whatever
 * the threads finish first: output stays the same bytes. At most a few files per thread are
 * ahead of the one handed on, so memory does not grow with the number of files.
 */
final class FolderValidation {

    /** One file's outcome: its report, or why it could not be read. */
    record Result(Path file, ValidationReport report, IOException unreadable) {
    }

    private final MessageValidator validator;
    private final int threads;

    FolderValidation(MessageValidator validator, int threads) {
        this.validator = validator;
        this.threads = Math.max(1, threads);
    }

    void run(List<Path> files, Consumer<Result> sink) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "validate");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Result>> ahead = new ArrayDeque<>();
            int window = threads * 8;
            for (Path f : files) {
                if (ahead.size() >= window) {
                    sink.accept(next(ahead));
                }
                ahead.add(pool.submit(() -> validate(f)));
            }
            while (!ahead.isEmpty()) {
                sink.accept(next(ahead));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Result validate(Path f) {
        try {
            return new Result(f, validator.validate(f), null);
        } catch (IOException e) {
            return new Result(f, null, e);
        }
    }

    private static Result next(Deque<Future<Result>> ahead) throws InterruptedException {
        try {
            return ahead.removeFirst().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
