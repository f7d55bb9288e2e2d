package nl.ijw.gateway.web;

import java.time.Clock;
import java.util.Map;

/** The pages over the scoped queries of {@code nl.ijw.gateway.monitor}: compliance, worklist, client timeline, access log. */
final class MonitorPages {

    private MonitorPages() {
    }

    static void mount(Map<String, WebServer.Route> routes, Backend backend, Clock clock) {
        CompliancePage compliance = new CompliancePage(backend, clock);
        routes.put("/compliance", new WebServer.Route(WebServer.Access.PAGE, compliance));
        routes.put("/api/compliance", new WebServer.Route(WebServer.Access.API, compliance::api));
        routes.put("/worklist", new WebServer.Route(WebServer.Access.PAGE, new WorklistPage(backend, clock)));
        routes.put("/timeline", new WebServer.Route(WebServer.Access.PAGE, new TimelinePage(backend, clock)));
        routes.put("/access-log", new WebServer.Route(WebServer.Access.PAGE, new AccessLogPage(backend, clock)));
    }
}
