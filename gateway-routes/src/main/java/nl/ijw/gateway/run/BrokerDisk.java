package nl.ijw.gateway.run;

import java.io.File;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker's room on its disk. Above {@code broker.max.disk.usage} Artemis holds every
 * sender, the gateway's own relay included: nothing is lost, but nothing comes in or goes out, and
 * Artemis says so once in its own terms. This says it in the gateway's (which setting, which
 * folder, what to do), again when it is over, and tells health and status.
 */
final class BrokerDisk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerDisk.class);

    private final File dir;
    private final int maxUsage;
    private final BooleanSupplier full;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ijw-broker-disk"));
    private boolean wasFull;

    /** @param full the broker's own verdict (it scans the disk every few seconds) */
    BrokerDisk(File dir, int maxUsage, BooleanSupplier full) {
        this.dir = dir;
        this.maxUsage = maxUsage;
        this.full = full;
    }

    BrokerDisk start() {
        timer.scheduleWithFixedDelay(this::check, 1, 5, TimeUnit.SECONDS);
        return this;
    }

    boolean full() {
        return full.getAsBoolean();
    }

    /** Used share of the disk that holds the broker's data, in percent. */
    int usedPercent() {
        long total = dir.getTotalSpace();
        return total <= 0 ? 0 : (int) Math.round(100.0 * (total - dir.getUsableSpace()) / total);
    }

    int maxUsage() {
        return maxUsage;
    }

    synchronized void check() {
        boolean now = full();
        if (now && !wasFull) {
            LOG.warn("the broker's disk is full by its setting: {}% used of the disk that holds {}, above"
                    + " broker.max.disk.usage={}%; the broker now holds every sender, so nothing comes in or goes out"
                    + " (nothing is lost); free space on that disk, or raise broker.max.disk.usage", usedPercent(),
                    dir, maxUsage);
        } else if (!now && wasFull) {
            LOG.info("the broker's disk has room again ({}% used, broker.max.disk.usage={}%): messages flow again",
                    usedPercent(), maxUsage);
        }
        wasFull = now;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
