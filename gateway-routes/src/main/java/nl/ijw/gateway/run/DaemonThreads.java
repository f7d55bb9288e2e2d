package nl.ijw.gateway.run;

import java.util.concurrent.ThreadFactory;

/** Named daemon threads for the gateway's small timers: they never keep a stopping JVM alive. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
