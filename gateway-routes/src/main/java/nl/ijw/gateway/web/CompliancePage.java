package nl.ijw.gateway.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import nl.ijw.gateway.cli.report.ReportFormat;
import nl.ijw.gateway.cli.report.ReportPage;
import nl.ijw.gateway.monitor.Compliance;
import nl.ijw.gateway.monitor.ComplianceReport;
import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.Item;
import nl.ijw.gateway.sap.report.Line;
import nl.ijw.gateway.sap.report.MonthLine;

/**
 * "Compliance": the auditor report for the user's scope, as of now: overall figures, the trend per
 * month (chart and table), the ranking of providers, and the late and overdue items with a link to
 * their client timeline. {@code /api/compliance} is the same report as {@code sap-report}'s JSON.
 */
final class CompliancePage implements Handler {

    private final Compliance compliance;
    private final Clock clock;

    CompliancePage(Backend backend, Clock clock) {
        this.compliance = new Compliance(backend.monitorStore(), backend.sap());
        this.clock = clock;
    }

    @Override
    public Response handle(Request r) {
        Texts t = r.texts();
        ComplianceReport c = compliance.of(r.user().scope(), clock.instant());
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(Html.esc(t.t("compliance.asof", t.date(c.report().asOfDate())))).append("</p>");
        b.append(figures(t, c.report().overall()));
        if (c.hasOthers()) {
            b.append("<h2>").append(Html.esc(t.t("compliance.others", c.otherMunicipalities()))).append("</h2>")
                    .append(figures(t, c.others()));
        }
        b.append(trend(t, c.report().months(Line.ALL)));
        b.append(ranking(t, c.report().ranking()));
        b.append(items(t, c.report().items(Item.Kind.OVERDUE), c.report().items(Item.Kind.LATE)));
        b.append("<p><a href=\"/api/compliance\">").append(Html.esc(t.t("compliance.json"))).append("</a></p>");
        return Response.html(Layout.page(r, "/compliance", t.t("compliance.title"), b.toString()));
    }

    Response api(Request r) {
        ComplianceReport c = compliance.of(r.user().scope(), clock.instant());
        return new Response(200, "application/json; charset=utf-8", ReportFormat.parse("json").bytes(ReportPage.of(c.report()), ';'),
                java.util.Map.of());
    }

    static String figures(Texts t, Figures f) {
        return "<dl class=\"figures\">" + fig(t.t("col.ontime.pct"), t.percent(f.onTimePercent())) + fig(t.t("col.due"), t.number(f.due()))
                + fig(t.t("col.ontime"), t.number(f.onTime())) + fig(t.t("col.late"), t.number(f.late()))
                + fig(t.t("col.overdue"), t.number(f.overdue())) + fig(t.t("col.pending"), t.number(f.pending()))
                + fig(t.t("col.withoutstart"), t.number(f.withoutStart())) + "</dl>";
    }

    private static String fig(String label, String value) {
        return "<div><dt>" + Html.esc(label) + "</dt><dd>" + Html.esc(value) + "</dd></div>";
    }

    private static String trend(Texts t, List<MonthLine> months) {
        StringBuilder b = new StringBuilder("<h2>").append(Html.esc(t.t("compliance.trend"))).append("</h2>");
        List<SvgBars.Bar> bars = new ArrayList<>();
        for (MonthLine m : months) {
            Figures f = m.figures();
            if (f.due() == 0) {
                continue; // months with only pending deadlines: in the table, not worth a bar
            }
            bars.add(new SvgBars.Bar(m.month().toString(), m.month() + ": " + t.percent(f.onTimePercent()),
                    List.of(new SvgBars.Segment("v-accepted", f.onTime()), new SvgBars.Segment("v-late", f.late()),
                            new SvgBars.Segment("v-rejected", f.overdue()))));
        }
        b.append(SvgBars.render("trend-chart", t.t("compliance.trend.desc"), bars, 44, 20, 1));
        b.append("<ul class=\"legend\"><li><span class=\"swatch v-accepted\"></span>").append(Html.esc(t.t("col.ontime")))
                .append("</li><li><span class=\"swatch v-late\"></span>").append(Html.esc(t.t("col.late")))
                .append("</li><li><span class=\"swatch v-rejected\"></span>").append(Html.esc(t.t("col.overdue"))).append("</li></ul>");
        b.append("<table id=\"trend\">").append(Html.headers(t.t("col.month"), t.t("col.ontime.pct"), t.t("col.due"),
                t.t("col.ontime"), t.t("col.late"), t.t("col.overdue"), t.t("col.pending"))).append("<tbody>");
        for (MonthLine m : months) {
            Figures f = m.figures();
            if (f.due() == 0 && f.pending() == 0) {
                continue; // nothing due and nothing awaited: an empty row says nothing
            }
            // months after the as-of hold deadlines not yet passed: the pending column says why they are empty
            b.append(Html.row(m.month(), t.percent(f.onTimePercent()), t.number(f.due()), t.number(f.onTime()),
                    t.number(f.late()), t.number(f.overdue()), t.number(f.pending())));
        }
        return b.append("</tbody></table>").toString();
    }

    private static String ranking(Texts t, List<Line> ranking) {
        StringBuilder b = new StringBuilder("<h2>").append(Html.esc(t.t("compliance.ranking"))).append("</h2><table id=\"ranking\">")
                .append(Html.headers(t.t("col.provider"), t.t("col.ontime.pct"), t.t("col.due"), t.t("col.ontime"),
                        t.t("col.late"), t.t("col.overdue"), t.t("col.pending"), t.t("col.median")))
                .append("<tbody>");
        for (Line l : ranking) {
            Figures f = l.figures();
            b.append(Html.row(l.provider(), t.percent(f.onTimePercent()), t.number(f.due()), t.number(f.onTime()),
                    t.number(f.late()), t.number(f.overdue()), t.number(f.pending()),
                    f.medianWorkingDaysLate() == null ? "–" : f.medianWorkingDaysLate()));
        }
        if (ranking.isEmpty()) {
            b.append("<tr><td colspan=\"8\">").append(Html.esc(t.t("compliance.none"))).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private static String items(Texts t, List<Item> overdue, List<Item> late) {
        List<Item> all = new ArrayList<>(overdue);
        all.addAll(late);
        StringBuilder b = new StringBuilder("<h2>").append(Html.esc(t.t("compliance.items"))).append("</h2><table id=\"drilldown\">")
                .append(Html.headers(t.t("col.provider"), t.t("col.rule"), t.t("col.kind"), t.t("col.duedate"),
                        t.t("col.arrived"), t.t("col.workingdays"), t.t("col.waiting"), t.t("col.toewijzing")))
                .append("<tbody>");
        for (Item i : all) {
            String nr = i.toewijzingNummer();
            b.append("<tr><td>").append(Html.esc(i.provider())).append("</td><td>").append(Html.esc(i.rule())).append("</td><td>")
                    .append(Html.esc(t.t("kind." + i.kind()))).append("</td><td>").append(Html.esc(t.date(i.due())))
                    .append("</td><td>").append(Html.esc(t.date(i.actual()))).append("</td><td>").append(i.workingDaysLate())
                    .append("</td><td>").append(Html.esc(i.waiting() == null ? "" : i.waiting().messageType() + " "
                            + i.waiting().identificatie())).append("</td><td>")
                    .append(nr == null ? "" : "<a href=\"/timeline?nr=" + Cookies.url(nr) + "\">" + Html.esc(nr) + "</a>")
                    .append("</td></tr>");
        }
        if (all.isEmpty()) {
            b.append("<tr><td colspan=\"8\">").append(Html.esc(t.t("compliance.noitems"))).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
