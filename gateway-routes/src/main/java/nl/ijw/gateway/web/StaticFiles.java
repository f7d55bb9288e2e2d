package nl.ijw.gateway.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/** The monitor's own CSS and scripts from the jar ({@code /web/static/}): a fixed list, nothing else is served. */
final class StaticFiles {

    static final Set<String> FILES = Set.of("app.css", "traffic.js", "favicon.svg");

    private StaticFiles() {
    }

    static Response serve(String path) throws IOException {
        String name = path.substring("/static/".length());
        if (!FILES.contains(name)) {
            return Response.text(404, "not found");
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream("/web/static/" + name)) {
            if (in == null) {
                return Response.text(404, "not found");
            }
            String type = name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".svg") ? "image/svg+xml" : "text/javascript; charset=utf-8";
            return new Response(200, type, in.readAllBytes(), Map.of());
        }
    }
}
