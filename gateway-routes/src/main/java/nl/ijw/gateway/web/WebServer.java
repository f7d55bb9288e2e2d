package nl.ijw.gateway.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's HTTP server (the JDK's: the monitor needs no web stack, and Camel's
 * platform-http-main does not resolve for Camel 4.22.0). One dispatcher: every request passes the
 * same checks (session, CSRF on every POST, security headers) before its handler runs, so a page
 * added later cannot forget them.
 */
public final class WebServer implements AutoCloseable {

    static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String SESSION_COOKIE = "ijw_session";
    static final String LANG_COOKIE = "ijw_lang";

    enum Access { OPEN, STATUS, PAGE, API }

    record Route(Access access, Handler handler) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final Sessions sessions;
    private final WebSettings settings;
    private final String statusToken;

    private WebServer(HttpServer server, ExecutorService threads, WebSettings settings, Sessions sessions, String token) {
        this.server = server;
        this.threads = threads;
        this.settings = settings;
        this.sessions = sessions;
        this.statusToken = token;
    }

    public static WebServer start(WebSettings s, Backend backend, Clock clock) throws IOException {
        HttpServer http = bind(s);
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "ijw-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        String token = Sessions.token();
        OwnerOnly.create(StatusToken.file(s.dataDir()), token + "\n");
        WebServer w = new WebServer(http, threads, s, new Sessions(clock, s.sessionIdle()), token);
        w.mount(backend, clock);
        http.createContext("/", w::dispatch);
        http.start();
        return w;
    }

    private static HttpServer bind(WebSettings s) throws IOException {
        InetSocketAddress at = new InetSocketAddress(s.host(), s.port());
        try {
            if (!s.tls()) {
                return HttpServer.create(at, 64);
            }
            HttpsServer https = HttpsServer.create(at, 64);
            https.setHttpsConfigurator(new HttpsConfigurator(Tls.context(s.keystore(), s.keystorePassword())));
            return https;
        } catch (java.net.BindException e) {
            throw new IllegalStateException(cannotListen(s.host(), s.port()), e);
        }
    }

    /** The words for a port that cannot be bound, also for a check before the server starts. */
    public static String cannotListen(String host, int port) {
        return "the HTTP server cannot listen on " + host + ":" + port + " (in use?); choose another http.port";
    }

    private void mount(Backend backend, Clock clock) {
        routes.put("/health", new Route(Access.OPEN, r -> Response.json(backend.healthy() ? 200 : 503,
                Map.of("healthy", backend.healthy(), "health", backend.health()))));
        routes.put("/api/status", new Route(Access.STATUS, r -> Response.json(backend.status())));
        if (!settings.pagesEnabled()) {
            return;
        }
        LoginPage login = new LoginPage(new Users(settings.usersFile()), new LoginThrottle(clock), sessions, settings.tls());
        routes.put("/login", new Route(Access.OPEN, login));
        routes.put("/logout", new Route(Access.OPEN, login::logout));
        routes.put("/", new Route(Access.PAGE, r -> Response.redirect("/traffic")));
        TrafficPage traffic = new TrafficPage(backend, clock);
        routes.put("/traffic", new Route(Access.PAGE, traffic));
        routes.put("/api/traffic", new Route(Access.API, traffic::api));
        DeadLettersPage dlq = new DeadLettersPage(new DeadLetters(backend), clock);
        routes.put("/dlq", new Route(Access.PAGE, dlq));
        routes.put("/dlq/resubmit", new Route(Access.PAGE, dlq::resubmit));
        routes.put("/api/dlq", new Route(Access.API, dlq::api));
        MonitorPages.mount(routes, backend, clock);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void dispatch(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/static/") && settings.pagesEnabled()) {
                send(ex, StaticFiles.serve(path));
                return;
            }
            send(ex, answer(ex, path));
        } catch (RuntimeException | IOException e) {
            LOG.warn("HTTP {} {} failed: {}", ex.getRequestMethod(), ex.getRequestURI().getPath(), e.getMessage());
            throw e;
        }
    }

    private Response answer(HttpExchange ex, String path) throws IOException {
        Route route = routes.get(path);
        Map<String, String> cookies = Cookies.parse(ex.getRequestHeaders().getFirst("Cookie"));
        Texts texts = Texts.of(language(ex, cookies));
        Session session = sessions.find(cookies.get(SESSION_COOKIE)).orElse(null);
        if (route == null) {
            return Errors.notFound(texts, path.startsWith("/api/"));
        }
        switch (route.access()) {
            case PAGE -> {
                if (session == null) {
                    return Response.redirect("/login" + ("GET".equals(ex.getRequestMethod()) ? "?next=" + Cookies.url(path) : ""));
                }
            }
            case API -> {
                if (session == null) {
                    return Response.json(401, Map.of("error", "log in first"));
                }
            }
            case STATUS -> {
                if (session == null && !bearer(ex)) {
                    return Response.json(401, Map.of("error", "log in, or send the status token of DATA/status-token"));
                }
            }
            case OPEN -> { }
        }
        Request r;
        try {
            r = Request.of(ex, session, texts, cookies);
        } catch (IllegalArgumentException e) {
            return Response.text(413, "form too large");
        }
        if ("POST".equals(r.method()) && !csrfOk(r)) {
            return Errors.page(r, 403, "error.csrf");
        }
        try {
            return route.handler().handle(r);
        } catch (NotFound e) {
            return Errors.notFound(texts, path.startsWith("/api/"));
        } catch (Forbidden e) {
            return Errors.page(r, 403, "error.forbidden");
        } catch (Exception e) {
            LOG.warn("HTTP {} {}: {}", r.method(), path, e.toString());
            return Errors.page(r, 500, "error.internal");
        }
    }

    private boolean bearer(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        return h != null && h.startsWith("Bearer ") && equal(h.substring(7).strip(), statusToken);
    }

    /** Every POST carries the session's CSRF token; the login form (no session yet) a token of its own cookie. */
    private static boolean csrfOk(Request r) {
        String sent = r.form().get("csrf");
        String expected = r.session() != null ? r.session().csrf() : r.cookies().get(LoginPage.LOGIN_COOKIE);
        return sent != null && expected != null && equal(sent, expected);
    }

    static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String language(HttpExchange ex, Map<String, String> cookies) {
        String q = Request.fields(ex.getRequestURI().getRawQuery()).get("lang");
        if ("en".equals(q) || "nl".equals(q)) {
            ex.getResponseHeaders().add("Set-Cookie", LANG_COOKIE + "=" + q + "; Path=/; SameSite=Strict");
            return q;
        }
        return "en".equals(cookies.get(LANG_COOKIE)) ? "en" : "nl";
    }

    private void send(HttpExchange ex, Response r) throws IOException {
        var h = ex.getResponseHeaders();
        SecurityHeaders.apply(h, settings.tls(), r.contentType());
        h.set("Content-Type", r.contentType());
        r.headers().forEach((k, v) -> {
            if (k.equals("Set-Cookie")) {
                h.add(k, v);
            } else {
                h.set(k, v);
            }
        });
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(r.status(), head || r.body().length == 0 ? -1 : r.body().length);
        if (!head && r.body().length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
