package nl.ijw.gateway.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where a benchmark's CPU time went, by thread group: on two cores the figure that limits
 * throughput is the sum, not the busiest thread. Groups are named by a function of the thread
 * name; what no live Java thread accounts for (GC, JIT, finished threads) is "other".
 */
final class CpuUse {

    private CpuUse() {
    }

    static Map<String, Double> secondsByGroup(Function<String, String> group) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> out = new TreeMap<>();
        double accounted = 0;
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long nanos = threads.getThreadCpuTime(id);
            if (info != null && nanos > 0) {
                out.merge(group.apply(info.getThreadName()), nanos / 1e9, Double::sum);
                accounted += nanos / 1e9;
            }
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            out.put("other (GC, JIT)", Math.max(0, os.getProcessCpuTime() / 1e9 - accounted));
        }
        return out;
    }
}
