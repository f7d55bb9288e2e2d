package nl.ijw.gateway.run;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code GET /health} (200 when broker, database and routes are up, 503 otherwise) and
 * {@code GET /api/status} (JSON), on localhost only. The JDK's own HTTP server: two read-only
 * endpoints need no web stack, and camel-platform-http-main does not resolve for Camel 4.22.0.
 */
final class StatusServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HttpServer server;

    private StatusServer(HttpServer server) {
        this.server = server;
    }

    static StatusServer start(int port, Gateway gateway) throws IOException {
        HttpServer s;
        try {
            s = HttpServer.create(new InetSocketAddress("localhost", port), 16);
        } catch (java.net.BindException e) {
            throw new IllegalStateException("the status server cannot listen on localhost:" + port
                    + " (in use?); choose another http.port", e);
        }
        s.createContext("/health", ex -> {
            boolean ok = gateway.healthy();
            reply(ex, ok ? 200 : 503, JSON.writeValueAsBytes(java.util.Map.of("healthy", ok, "health", gateway.health())));
        });
        s.createContext("/api/status", ex -> {
            var status = gateway.status(Clock.systemUTC());
            reply(ex, 200, JSON.writeValueAsBytes(status));
        });
        s.start();
        return new StatusServer(s);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void reply(HttpExchange ex, int code, byte[] body) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            code = 405;
            body = "{\"error\":\"only GET\"}".getBytes(StandardCharsets.UTF_8);
        }
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(code, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
