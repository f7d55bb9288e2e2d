package nl.ijw.gateway.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

/** A request as the handlers see it: method, path, query and form fields, the session (if any) and the texts. */
record Request(String method, String path, Map<String, String> query, Map<String, String> form, Session session,
        Texts texts, Map<String, String> cookies, String remote) {

    static final int MAX_FORM = 64 * 1024;

    static Request of(HttpExchange ex, Session session, Texts texts, Map<String, String> cookies) throws IOException {
        Map<String, String> form = Map.of();
        if ("POST".equals(ex.getRequestMethod())) {
            try (InputStream in = ex.getRequestBody()) {
                byte[] body = in.readNBytes(MAX_FORM + 1);
                if (body.length > MAX_FORM) {
                    throw new IllegalArgumentException("form too large");
                }
                form = fields(new String(body, StandardCharsets.UTF_8));
            }
        }
        return new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(), fields(ex.getRequestURI().getRawQuery()),
                form, session, texts, cookies, ex.getRemoteAddress().getAddress().getHostAddress());
    }

    /** {@code a=1&b=2}, URL-decoded; the first of a repeated name wins. */
    static Map<String, String> fields(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            m.putIfAbsent(k, v);
        }
        return m;
    }

    String param(String name) {
        String v = query.get(name);
        return v == null ? form.get(name) : v;
    }

    Optional<String> optional(String name) {
        String v = param(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    WebUser user() {
        return session.user();
    }
}
