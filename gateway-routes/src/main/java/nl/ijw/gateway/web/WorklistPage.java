package nl.ijw.gateway.web;

import java.time.Clock;
import java.util.List;

import nl.ijw.gateway.cli.report.WorklistCsv;
import nl.ijw.gateway.cli.report.WorklistXlsx;
import nl.ijw.gateway.monitor.Worklist;
import nl.ijw.gateway.monitor.WorklistItem;
import nl.ijw.gateway.monitor.Worklists;

/**
 * "Worklist": what to chase today, in scope: overdue items oldest first, allocations without a
 * start, and what the municipality itself still owes; as CSV ({@code ?format=csv}, Dutch Excel) or
 * xlsx ({@code ?format=xlsx}). Clients masked throughout.
 */
final class WorklistPage implements Handler {

    private final Worklists worklists;
    private final Clock clock;

    WorklistPage(Backend backend, Clock clock) {
        this.worklists = new Worklists(backend.monitorStore(), backend.sap());
        this.clock = clock;
    }

    @Override
    public Response handle(Request r) {
        Worklist w = worklists.of(r.user().scope(), clock.instant());
        String stamp = w.asOfDate().toString();
        String format = r.param("format");
        if ("csv".equals(format)) {
            return Response.download("text/csv; charset=utf-8", "werklijst-" + stamp + ".csv", WorklistCsv.bytes(w, ';'));
        }
        if ("xlsx".equals(format)) {
            return Response.download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "werklijst-" + stamp + ".xlsx", WorklistXlsx.bytes(w));
        }
        Texts t = r.texts();
        StringBuilder b = new StringBuilder("<p>").append(Html.esc(t.t("worklist.asof", t.date(w.asOfDate())))).append("</p>")
                .append("<p class=\"downloads\"><a href=\"/worklist?format=csv\">").append(Html.esc(t.t("worklist.csv")))
                .append("</a> · <a href=\"/worklist?format=xlsx\">").append(Html.esc(t.t("worklist.xlsx"))).append("</a></p>");
        b.append(table(t, "overdue", t.t("worklist.overdue"), w.overdue()));
        b.append(table(t, "nostart", t.t("worklist.nostart"), w.noStart()));
        b.append(table(t, "owed", t.t("worklist.owed"), w.owedByMunicipality()));
        return Response.html(Layout.page(r, "/worklist", t.t("worklist.title"), b.toString()));
    }

    private static String table(Texts t, String id, String title, List<WorklistItem> items) {
        StringBuilder b = new StringBuilder("<h2 id=\"h-").append(id).append("\">").append(Html.esc(title)).append(" (")
                .append(t.number(items.size())).append(")</h2>");
        if (items.isEmpty()) {
            return b.append("<p>").append(Html.esc(t.t("worklist.empty"))).append("</p>").toString();
        }
        // Without start is a signal, not a breach (the gateway cannot know when care began): no "overdue" in its head.
        boolean noStart = id.equals("nostart");
        b.append("<table id=\"").append(id).append("\" aria-labelledby=\"h-").append(id).append("\">")
                .append(Html.headers(t.t("col.rule"), t.t("col.provider"), t.t("col.municipality"),
                        t.t(noStart ? "col.startby" : "col.duedate"),
                        t.t(noStart ? "col.workingdays.nostart" : "col.workingdays.overdue"), t.t("col.toewijzing"),
                        t.t("col.client"), t.t("col.waiting")))
                .append("<tbody>");
        for (WorklistItem i : items) {
            String nr = i.toewijzingNummer();
            b.append("<tr><td>").append(Html.esc(i.rule())).append("</td><td>").append(Html.esc(i.provider())).append("</td><td>")
                    .append(Html.esc(i.municipality())).append("</td><td>").append(Html.esc(t.date(i.due()))).append("</td><td>")
                    .append(i.workingDaysOverdue()).append("</td><td>")
                    .append(nr == null ? "" : "<a href=\"/timeline?nr=" + Cookies.url(nr) + "\">" + Html.esc(nr) + "</a>")
                    .append("</td><td>").append(Html.esc(i.clientMasked())).append("</td><td>")
                    .append(Html.esc(i.waitingType() == null ? "" : i.waitingType() + " " + i.waitingIdentificatie()))
                    .append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
