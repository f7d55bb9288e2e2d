package nl.ijw.gateway.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/** Runs a task over a list of inputs from several threads for a fixed time and counts completions. */
final class Throughput {

    interface Task {
        /** Processes one input; returns true when it produced what was asked of it. */
        boolean run(byte[] input, String name) throws Exception;
    }

    record Result(long count, long good, double seconds) {
        static final Result ZERO = new Result(0, 0, 0);

        double perSecond() {
            return count / seconds;
        }

        Result plus(Result o) {
            return new Result(count + o.count, good + o.good, seconds + o.seconds);
        }
    }

    private Throughput() {
    }

    static Result measure(Task task, List<byte[]> inputs, List<String> names, int threads, double seconds)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder count = new LongAdder();
        LongAdder good = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers.add(new Thread(() -> {
                int i = offset;
                long n = 0;
                long ok = 0;
                try {
                    while (!stop.get()) {
                        int k = i++ % inputs.size();
                        ok += task.run(inputs.get(k), names.get(k)) ? 1 : 0;
                        n++;
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
                count.add(n);
                good.add(ok);
            }, "bench-" + t));
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("benchmark task failed: " + failures.get(0), failures.get(0));
        }
        return new Result(count.sum(), good.sum(), elapsed);
    }
}
