package nl.ijw.gateway.web;

import java.util.Map;

/** Error answers in words, as a page or as JSON; never a stack trace. */
final class Errors {

    private Errors() {
    }

    static Response notFound(Texts t, boolean api) {
        if (api) {
            return Response.json(404, Map.of("error", "not found"));
        }
        return Response.html(404, "<!DOCTYPE html><html lang=\"" + t.lang() + "\"><head><meta charset=\"utf-8\"><title>"
                + Html.esc(t.t("error.notfound")) + "</title><link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>"
                + "<main id=\"main\"><h1>" + Html.esc(t.t("error.notfound")) + "</h1><p><a href=\"/traffic\">"
                + Html.esc(t.t("nav.traffic")) + "</a></p></main></body></html>");
    }

    static Response page(Request r, int status, String key) {
        if (r.path().startsWith("/api/")) {
            return Response.json(status, Map.of("error", r.texts().t(key)));
        }
        return Response.html(status, Layout.page(r, "", r.texts().t(key), "<p>" + Html.esc(r.texts().t(key + ".long")) + "</p>"));
    }
}
