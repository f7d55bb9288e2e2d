package nl.ijw.gateway.web;

import com.sun.net.httpserver.Headers;

/**
 * On every answer: scripts, styles and images only from the gateway itself (no inline script or
 * style), never framed, no MIME sniffing, no referrer sent elsewhere, and nothing cached that a
 * session showed. HSTS behind TLS.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Headers h, boolean tls, String contentType) {
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        h.set("Cache-Control", contentType.startsWith("text/css") || contentType.startsWith("text/javascript")
                || contentType.startsWith("image/")
                ? "no-cache" : "no-store");
        if (tls) {
            h.set("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
