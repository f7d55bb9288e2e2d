package nl.ijw.gateway.web;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The HTTP side of the gateway: where it listens, TLS (a PKCS12 or JKS keystore; its password from
 * the environment), whether the monitor's pages are on, its users file and the session idle time.
 * {@code dataDir} receives the status token ({@code status-token}, owner-only).
 */
public record WebSettings(String host, int port, Path keystore, String keystorePassword, boolean pagesEnabled,
        Path usersFile, Duration sessionIdle, Path dataDir) {

    public boolean tls() {
        return keystore != null;
    }

    @Override
    public String toString() {
        return "http" + (tls() ? "s" : "") + "://" + host + ":" + port + (pagesEnabled ? " (monitor on)" : " (monitor off)");
    }
}
