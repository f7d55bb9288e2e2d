package nl.ijw.gateway.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.monitor.AccessLog;
import nl.ijw.gateway.monitor.ScopedTimelines;
import nl.ijw.gateway.monitor.Viewed;
import nl.ijw.gateway.timeline.Timeline;

/**
 * "Client timeline": search by ToewijzingNummer ({@code ?nr=}, linked from the compliance and
 * worklist pages) or by BSN (a POST, so a BSN never sits in a URL, a log or the browser history).
 * Unknown, malformed and out-of-scope searches all answer the same 404. The BSN shows masked; a
 * privacy officer may unmask it with a reason, which the access log records before it is shown.
 */
final class TimelinePage implements Handler {

    private final ScopedTimelines timelines;
    private final AccessLog accessLog;
    private final Clock clock;

    TimelinePage(Backend backend, Clock clock) {
        this.timelines = new ScopedTimelines(backend.monitorStore(), backend.sap().calendar());
        this.accessLog = new AccessLog(backend.monitorStore(), clock);
        this.clock = clock;
    }

    @Override
    public Response handle(Request r) {
        Texts t = r.texts();
        Optional<String> nr = "POST".equals(r.method()) ? Optional.empty() : r.optional("nr");
        String kind = nr.isPresent() ? "nr" : r.form().getOrDefault("kind", "nr");
        String q = nr.orElse(r.form().getOrDefault("q", "").strip());
        if (q.isEmpty()) {
            return Response.html(Layout.page(r, "/timeline", t.t("timeline.title"), form(r, kind, "")));
        }
        List<Timeline> found = "bsn".equals(kind)
                ? timelines.byBsn(r.user().scope(), q, clock.instant()).map(List::of).orElse(List.of())
                : timelines.byToewijzingNummer(r.user().scope(), q, clock.instant());
        if (found.isEmpty()) {
            return Response.html(404, Layout.page(r, "/timeline", t.t("timeline.title"), form(r, kind, "bsn".equals(kind) ? "" : q)
                    + "<p class=\"alert\" role=\"alert\">" + Html.esc(t.t("timeline.notfound")) + "</p>"));
        }
        Optional<String> why = r.optional("why");
        if (why.isPresent() && !r.user().role().mayUnmask()) {
            throw new Forbidden();
        }
        StringBuilder b = new StringBuilder(form(r, kind, "bsn".equals(kind) ? "" : q));
        boolean reasonMissing = why.isEmpty() && r.param("why") != null; // the unmask form sent without a reason
        if (reasonMissing) {
            b.append("<p class=\"alert\" role=\"alert\">").append(Html.esc(t.t("timeline.why.missing"))).append("</p>");
        }
        for (Timeline tl : found) {
            String shown = tl.bsnMasked();
            if (why.isPresent()) {
                accessLog.record(r.user().name(), r.user().role().code(), tl.bsn(), why.get(),
                        "bsn".equals(kind) ? new Viewed.TimelineByBsn() : new Viewed.TimelineByAllocation(q));
                shown = tl.bsn();
            }
            b.append(TimelineHtml.render(t, tl, shown));
            if (why.isEmpty() && r.user().role().mayUnmask()) {
                b.append(unmask(r, kind, q));
            }
        }
        return Response.html(reasonMissing ? 400 : 200, Layout.page(r, "/timeline", t.t("timeline.title"), b.toString()));
    }

    private static String form(Request r, String kind, String q) {
        Texts t = r.texts();
        return "<form method=\"post\" action=\"/timeline\" class=\"search\" role=\"search\">" + Html.csrf(r.session())
                + "<div><label for=\"kind\">" + Html.esc(t.t("timeline.kind")) + "</label><select id=\"kind\" name=\"kind\">"
                + "<option value=\"nr\"" + ("nr".equals(kind) ? " selected" : "") + ">ToewijzingNummer</option>"
                + "<option value=\"bsn\"" + ("bsn".equals(kind) ? " selected" : "") + ">BSN</option></select></div>"
                + "<div><label for=\"q\">" + Html.esc(t.t("timeline.q")) + "</label><input id=\"q\" name=\"q\" value=\""
                + Html.esc(q) + "\" autocomplete=\"off\" inputmode=\"numeric\" required></div>"
                + "<div><button type=\"submit\">" + Html.esc(t.t("timeline.search")) + "</button></div></form>";
    }

    private static String unmask(Request r, String kind, String q) {
        Texts t = r.texts();
        return "<form method=\"post\" action=\"/timeline\" class=\"unmask\">" + Html.csrf(r.session())
                + "<input type=\"hidden\" name=\"kind\" value=\"" + Html.esc(kind) + "\">"
                + "<input type=\"hidden\" name=\"q\" value=\"" + Html.esc(q) + "\">"
                + "<label for=\"why\">" + Html.esc(t.t("timeline.why")) + "</label>"
                + "<textarea id=\"why\" name=\"why\" rows=\"2\" cols=\"60\" required maxlength=\"1000\"></textarea>"
                + "<div><button type=\"submit\">" + Html.esc(t.t("timeline.unmask")) + "</button></div></form>";
    }
}
