package nl.ijw.gateway.run;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether a server could listen on an address, tried by binding and closing at once, before a slow start. */
final class PortProbe {

    private PortProbe() {
    }

    /** @throws IOException as the bind failed ({@link java.net.BindException} for a port in use) */
    static void bind(String host, int port) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as the servers bind: a port left in TIME_WAIT is free
            probe.bind(new InetSocketAddress(host, port));
        }
    }
}
