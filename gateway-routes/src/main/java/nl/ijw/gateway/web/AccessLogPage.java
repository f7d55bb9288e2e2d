package nl.ijw.gateway.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import nl.ijw.gateway.cli.report.AccessLogCsv;
import nl.ijw.gateway.monitor.AccessEntry;
import nl.ijw.gateway.monitor.AccessLog;
import nl.ijw.gateway.monitor.Viewed;

/**
 * "Access log": every unmasked BSN view (who, when, which client, why), for the privacy officer
 * only, with a CSV export over a date range. Reading it is not itself logged.
 */
final class AccessLogPage implements Handler {

    private final AccessLog log;

    AccessLogPage(Backend backend, Clock clock) {
        this.log = new AccessLog(backend.monitorStore(), clock);
    }

    @Override
    public Response handle(Request r) {
        if (!r.user().role().mayUnmask()) {
            throw new Forbidden();
        }
        Texts t = r.texts();
        LocalDate from = date(r.param("from"));
        LocalDate to = date(r.param("to"));
        List<AccessEntry> entries = log.list(start(from), to == null ? null : start(to.plusDays(1)));
        if ("csv".equals(r.param("format"))) {
            return Response.download("text/csv; charset=utf-8", "inzagelog.csv", AccessLogCsv.bytes(entries, ';'));
        }
        String range = (from == null ? "" : "from=" + from) + (to == null ? "" : (from == null ? "" : "&") + "to=" + to);
        StringBuilder b = new StringBuilder("<p>").append(Html.esc(t.t("accesslog.intro"))).append("</p>")
                .append("<form method=\"get\" action=\"/access-log\" class=\"search\"><div><label for=\"from\">")
                .append(Html.esc(t.t("accesslog.from"))).append("</label><input type=\"date\" id=\"from\" name=\"from\" value=\"")
                .append(from == null ? "" : from).append("\"></div><div><label for=\"to\">").append(Html.esc(t.t("accesslog.to")))
                .append("</label><input type=\"date\" id=\"to\" name=\"to\" value=\"").append(to == null ? "" : to)
                .append("\"></div><div><button type=\"submit\">").append(Html.esc(t.t("accesslog.show")))
                .append("</button></div></form><p><a href=\"/access-log?format=csv").append(range.isEmpty() ? "" : "&" + range)
                .append("\">").append(Html.esc(t.t("accesslog.csv"))).append("</a></p>");
        b.append("<table id=\"accesslog\">").append(Html.headers(t.t("col.when"), t.t("col.user"), t.t("col.role"),
                t.t("col.client"), t.t("col.why"), t.t("col.viewed"))).append("<tbody>");
        for (AccessEntry e : entries) {
            b.append(Html.row(t.dateTime(e.viewedAt()), e.user(), role(t, e.role()), e.bsn(), e.reason(), viewed(t, e.what())));
        }
        if (entries.isEmpty()) {
            b.append("<tr><td colspan=\"6\">").append(Html.esc(t.t("accesslog.empty"))).append("</td></tr>");
        }
        b.append("</tbody></table>");
        return Response.html(Layout.page(r, "/access-log", t.t("accesslog.title"), b.toString()));
    }

    /** The role's name in the page's language; a code the monitor does not know (an older row) as stored. */
    static String role(Texts t, String code) {
        return t.words().containsKey("role." + code) ? t.t("role." + code) : code;
    }

    /** What was viewed in the page's language; a row in no known form as it was stored. */
    static String viewed(Texts t, Viewed v) {
        if (v instanceof Viewed.TimelineByBsn) {
            return t.t("accesslog.viewed.bsn");
        }
        if (v instanceof Viewed.TimelineByAllocation a) {
            return t.t("accesslog.viewed.nr", a.toewijzingNummer());
        }
        return v.stored();
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new NotFound();
        }
    }

    private static Instant start(LocalDate d) {
        return d == null ? null : d.atStartOfDay(Texts.AMSTERDAM).toInstant();
    }
}
