package nl.ijw.gateway.web;

import java.time.Clock;
import java.util.Map;

/** The pages over the scoped queries of {@code nl.ijw.gateway.monitor}: compliance, worklist, client timeline, access log. */
final class MonitorPages {

    private MonitorPages() {
    }

    static void mount(Map<String, WebServer.Route> routes, Backend backend, Clock clock) {
        routes.put("/compliance", new WebServer.Route(WebServer.Access.PAGE, r -> pending(r, "/compliance", "compliance.title")));
        routes.put("/worklist", new WebServer.Route(WebServer.Access.PAGE, r -> pending(r, "/worklist", "worklist.title")));
        routes.put("/timeline", new WebServer.Route(WebServer.Access.PAGE, r -> pending(r, "/timeline", "timeline.title")));
    }

    private static Response pending(Request r, String path, String title) {
        return Response.html(Layout.page(r, path, r.texts().t(title), "<p>" + Html.esc(r.texts().t("pending")) + "</p>"));
    }
}
