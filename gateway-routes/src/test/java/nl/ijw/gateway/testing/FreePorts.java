package nl.ijw.gateway.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port for a test's broker or HTTP server. Not {@code new ServerSocket(0)}: that port comes from
 * the ephemeral range (32768-60999 on Linux), from which every outgoing connection of the same
 * run (JMS clients, HTTP clients, the browser driver) also takes its local port, so between
 * closing the probe and the gateway's bind another socket could take it (seen in CI: "the HTTP
 * server cannot listen"). Ports below that range are handed out only on request.
 */
public final class FreePorts {

    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;

    private FreePorts() {
    }

    public static int next() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH);
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
                return port;
            } catch (IOException inUse) {
                // try another
            }
        }
        throw new IOException("no free port between " + LOW + " and " + HIGH + " after 200 attempts");
    }
}
