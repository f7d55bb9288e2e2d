package nl.ijw.gateway.cli.report;

import static nl.ijw.gateway.cli.report.HtmlReport.days;
import static nl.ijw.gateway.cli.report.HtmlReport.dutch;
import static nl.ijw.gateway.cli.report.HtmlReport.esc;
import static nl.ijw.gateway.cli.report.HtmlReport.percent;
import static nl.ijw.gateway.cli.report.HtmlReport.side;
import static nl.ijw.gateway.cli.report.HtmlReport.th;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.Item;
import nl.ijw.gateway.sap.report.Line;
import nl.ijw.gateway.sap.report.MonthLine;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.store.ExpectationOutcome.MessageRef;
import nl.ijw.gateway.timeline.Deadline;
import nl.ijw.gateway.timeline.Fact;
import nl.ijw.gateway.timeline.RetourStatus;
import nl.ijw.gateway.timeline.TimelineEntry;

/** The sections of the HTML report a manager acts on: ranking, trend, drill-down, without start, timelines. */
final class HtmlSections {

    /**
     * Sorting (click a column head of a table.sortable; numbers sort by data-sort) and the drill-down
     * filters. Inline and small: the page stays one self-contained file; without script it shows
     * everything, in the server's order.
     */
    static final String SCRIPT = """
            (function () {
              function key(td) { var v = td.getAttribute('data-sort'); return v === null ? td.textContent : v; }
              function cmp(a, b, num) {
                if (num) { var x = parseFloat(a), y = parseFloat(b);
                  if (isNaN(x)) { return isNaN(y) ? 0 : 1; } if (isNaN(y)) { return -1; } return x - y; }
                return a < b ? -1 : a > b ? 1 : 0;
              }
              document.querySelectorAll('table.sortable').forEach(function (table) {
                table.querySelectorAll('thead th').forEach(function (th, col) {
                  th.setAttribute('aria-sort', 'none');
                  th.addEventListener('click', function () {
                    var asc = th.getAttribute('aria-sort') !== 'ascending';
                    table.querySelectorAll('thead th').forEach(function (o) { o.setAttribute('aria-sort', 'none'); });
                    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
                    var num = th.getAttribute('data-type') === 'number';
                    rows.sort(function (r1, r2) { var c = cmp(key(r1.cells[col]), key(r2.cells[col]), num); return asc ? c : -c; });
                    rows.forEach(function (r) { body.appendChild(r); });
                  });
                });
              });
              var table = document.getElementById('drilldown');
              if (!table) { return; }
              var selects = document.querySelectorAll('.filters select');
              function apply() {
                var shown = 0;
                Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
                  var ok = true;
                  selects.forEach(function (s) { if (s.value && row.getAttribute('data-' + s.name) !== s.value) { ok = false; } });
                  row.hidden = !ok; if (ok) { shown++; }
                });
                document.getElementById('drilldown-count').textContent = shown;
              }
              selects.forEach(function (s) { s.addEventListener('change', apply); });
            })();
            """;

    /** The report's timelines keep their English words (the page's Dutch is in its headings), with its dates. */
    private static final TimelineWords WORDS = TimelineWords.ENGLISH_PAGE;
    private static final int MONTH_W = 46;
    private static final int CHART_H = 120;

    private HtmlSections() {
    }

    static void ranking(StringBuilder h, SapReport r) {
        h.append("<section id=\"ranglijst\">\n<h2>Ranglijst aanbieders <span class=\"en\">Provider ranking</span></h2>\n")
                .append("<p>Wat de aanbieder zelf moest sturen (te leveren door de aanbieder); wat de gemeente de"
                        + " aanbieder moest sturen telt hier niet mee. Laagste percentage op tijd eerst; klik op een kolomkop"
                        + " om te sorteren. <span class=\"en\">What the provider itself had to send (awaited from the"
                        + " provider); what the municipality owed the provider does not count here. Lowest on-time"
                        + " percentage first; click a column head to sort.</span></p>\n")
                .append("<table class=\"sortable\" id=\"ranking\">\n<thead><tr>");
        th(h, "Aanbieder", "Provider");
        numTh(h, "% op tijd", "% on time");
        numTh(h, "Verwacht", "Due");
        numTh(h, "Te laat", "Late");
        numTh(h, "Ontbreekt", "Overdue");
        numTh(h, "Mediaan werkdagen te laat", "Median working days late");
        numTh(h, "Zonder start", "Without start");
        h.append("</tr></thead>\n<tbody>\n");
        for (Line l : r.ranking()) {
            Figures f = l.figures();
            h.append("<tr><td><a href=\"#p-").append(esc(l.provider())).append("\">").append(esc(l.provider()))
                    .append("</a></td>");
            sortNum(h, f.onTimePercent() == null ? "" : f.onTimePercent().toPlainString(), percent(f.onTimePercent()));
            sortNum(h, String.valueOf(f.due()), String.valueOf(f.due()));
            sortNum(h, String.valueOf(f.late()), String.valueOf(f.late()));
            sortNum(h, String.valueOf(f.overdue()), String.valueOf(f.overdue()));
            Integer med = f.medianWorkingDaysLate();
            sortNum(h, med == null ? "" : med.toString(), days(med));
            sortNum(h, String.valueOf(f.withoutStart()), String.valueOf(f.withoutStart()));
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** Stacked bars per month of the due date (on time, late, overdue), the on-time percentage above each. */
    static void trend(StringBuilder h, String id, String who, List<MonthLine> months) {
        h.append("<h3>Trend per maand (uiterste datum) <span class=\"en\">Trend per month (due date)</span></h3>\n");
        if (months.isEmpty()) {
            h.append("<p>Niets verwacht. <span class=\"en\">Nothing due.</span></p>\n");
            return;
        }
        int max = Math.max(1, months.stream().mapToInt(m -> m.figures().due()).max().orElse(0));
        int width = 20 + months.size() * MONTH_W;
        int height = CHART_H + 60;
        String titleId = "trend-" + esc(id);
        h.append("<svg class=\"chart trend\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(titleId).append("\">\n<title id=\"").append(titleId).append("\">Trend ").append(esc(who))
                .append(": op tijd, te laat en ontbrekend per maand / on time, late and overdue per month</title>\n");
        for (int i = 0; i < months.size(); i++) {
            MonthLine m = months.get(i);
            Figures f = m.figures();
            int x = 20 + i * MONTH_W;
            int y = 20 + CHART_H;
            y = bar(h, x, y, f.onTime(), max, HtmlReport.ON_TIME, m, "op tijd / on time");
            y = bar(h, x, y, f.late(), max, HtmlReport.LATE, m, "te laat / late");
            y = bar(h, x, y, f.overdue(), max, HtmlReport.OVERDUE, m, "ontbreekt / overdue");
            h.append("<text x=\"").append(x).append("\" y=\"").append(Math.min(y, 20 + CHART_H) - 4).append("\">")
                    .append(shortPercent(f.onTimePercent())).append("</text>\n")
                    .append("<text x=\"").append(x).append("\" y=\"").append(40 + CHART_H).append("\">")
                    .append(String.format("%02d-%d", m.month().getMonthValue(), m.month().getYear() % 100)).append("</text>\n");
        }
        h.append("</svg>\n<table class=\"trend\">\n<thead><tr>");
        th(h, "Maand", "Month");
        th(h, "Verwacht", "Due");
        th(h, "Op tijd", "On time");
        th(h, "Te laat", "Late");
        th(h, "Ontbreekt", "Overdue");
        th(h, "% op tijd", "% on time");
        h.append("</tr></thead>\n<tbody>\n");
        for (MonthLine m : months) {
            Figures f = m.figures();
            h.append("<tr><td>").append(String.format("%02d-%d", m.month().getMonthValue(), m.month().getYear()))
                    .append("</td>");
            HtmlReport.num(h, String.valueOf(f.due()));
            HtmlReport.num(h, String.valueOf(f.onTime()));
            HtmlReport.num(h, String.valueOf(f.late()));
            HtmlReport.num(h, String.valueOf(f.overdue()));
            HtmlReport.num(h, percent(f.onTimePercent()));
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static int bar(StringBuilder h, int x, int y, int count, int max, String colour, MonthLine m, String what) {
        if (count == 0) {
            return y;
        }
        int hgt = Math.max(1, Math.round((float) count * CHART_H / max));
        h.append("<rect x=\"").append(x).append("\" y=\"").append(y - hgt).append("\" width=\"").append(MONTH_W - 10)
                .append("\" height=\"").append(hgt).append("\" fill=\"").append(colour).append("\"><title>")
                .append(String.format("%02d-%d", m.month().getMonthValue(), m.month().getYear())).append(": ").append(count)
                .append(' ').append(what).append("</title></rect>\n");
        return y - hgt;
    }

    static void drillDown(StringBuilder h, ReportPage page) {
        List<Item> items = page.report().items().stream().filter(i -> i.kind() != Item.Kind.WITHOUT_START).toList();
        h.append("<section id=\"details\">\n<h2>Te laat en ontbrekend <span class=\"en\">Late and overdue</span></h2>\n")
                .append("<p>Elk te laat of niet ontvangen bericht, om voor te leggen aan wie het moest sturen (kolom"
                        + " Te leveren door: de aanbieder of de gemeente): <span id=\"drilldown-count\">")
                .append(items.size()).append("</span> van ").append(items.size())
                .append(" getoond. <span class=\"en\">Every late or missing message, to put to whoever had to send it"
                        + " (column Awaited from: the provider or the municipality).</span></p>\n")
                .append("<div class=\"filters\">");
        filter(h, "rule", "Regel / rule", items.stream().map(Item::rule).toList());
        filter(h, "provider", "Aanbieder / provider", items.stream().map(Item::provider).toList());
        filter(h, "kind", "Soort / kind", items.stream().map(i -> i.kind().name()).toList());
        h.append("</div>\n<table class=\"sortable\" id=\"drilldown\">\n<thead><tr>");
        th(h, "Aanbieder", "Provider");
        th(h, "Regel", "Rule");
        th(h, "Soort", "Kind");
        th(h, "Te leveren door", "Awaited from");
        th(h, "Wachtend bericht (Identificatie)", "Waiting message");
        th(h, "ToewijzingNummer", "Allocation");
        th(h, "Uiterste datum", "Due date");
        th(h, "Ontvangen", "Actual date");
        numTh(h, "Werkdagen te laat", "Working days late");
        th(h, "Te laat bericht (Identificatie)", "Late message");
        th(h, "Cli&#235;nt", "Client");
        h.append("</tr></thead>\n<tbody>\n");
        for (Item i : items) {
            h.append("<tr class=\"item\" data-rule=\"").append(esc(i.rule())).append("\" data-provider=\"")
                    .append(esc(i.provider())).append("\" data-kind=\"").append(i.kind().name()).append("\" id=\"e-")
                    .append(i.expectationId()).append("\"><td>").append(esc(i.provider())).append("</td><td>")
                    .append(esc(i.rule())).append("</td><td>").append(kind(i.kind())).append("</td><td>")
                    .append(side(i.awaitedFrom())).append("</td><td>").append(ref(i.waiting())).append("</td><td>")
                    .append(esc(orDash(i.toewijzingNummer()))).append("</td>");
            dateCell(h, i.due());
            dateCell(h, i.actual());
            sortNum(h, String.valueOf(i.workingDaysLate()), String.valueOf(i.workingDaysLate()));
            h.append("<td>").append(ref(i.fulfilledBy())).append("</td><td>").append(clientLink(page, i)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    static void withoutStart(StringBuilder h, ReportPage page) {
        List<Item> items = page.report().items(Item.Kind.WITHOUT_START);
        h.append("<section id=\"zonder-start\">\n<h2>Toewijzingen zonder start (NO_START) <span class=\"en\">Allocations")
                .append(" without start</span></h2>\n<p>").append(items.size())
                .append(items.size() == 1 ? " toewijzing" : " toewijzingen")
                .append(" zonder startbericht (JW305): geen overschrijding, wel na te vragen."
                        + " <span class=\"en\">No start message yet: not a breach, but worth asking about.</span></p>\n");
        if (items.isEmpty()) {
            h.append("</section>\n");
            return;
        }
        h.append("<table class=\"sortable\" id=\"without-start\">\n<thead><tr>");
        th(h, "Aanbieder", "Provider");
        th(h, "ToewijzingNummer", "Allocation");
        th(h, "Toewijzing (Identificatie)", "Allocation message");
        th(h, "Voorlopige datum", "Provisional date");
        th(h, "Cli&#235;nt", "Client");
        h.append("</tr></thead>\n<tbody>\n");
        for (Item i : items) {
            h.append("<tr><td>").append(esc(i.provider())).append("</td><td>").append(esc(orDash(i.toewijzingNummer())))
                    .append("</td><td>").append(ref(i.waiting())).append("</td>");
            dateCell(h, i.due());
            h.append("<td>").append(clientLink(page, i)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    static void timelines(StringBuilder h, ReportPage page) {
        if (page.clients().isEmpty()) {
            return;
        }
        h.append("<section id=\"clienten\">\n<h2>Tijdlijnen van de cli&#235;nten <span class=\"en\">Client timelines</span></h2>\n")
                .append("<p>BSN gemaskeerd; de nummering is alleen binnen dit rapport geldig. <span class=\"en\">BSN masked;"
                        + " the numbering holds within this report only.</span></p>\n");
        for (ReportPage.Client c : page.clients()) {
            h.append("<section class=\"client\" id=\"").append(c.ref()).append("\">\n<h3>Cli&#235;nt ")
                    .append(esc(c.timeline().bsnMasked())).append(" <span class=\"en\">(").append(c.ref())
                    .append("; toewijzingen / allocations ").append(c.timeline().allocations().isEmpty() ? "geen / none"
                            : esc(String.join(", ", c.timeline().allocations())))
                    .append(")</span></h3>\n<table>\n<thead><tr>");
            th(h, "Ontvangen", "Received");
            th(h, "Bericht", "Message");
            th(h, "Van &#8594; aan", "From &#8594; to");
            th(h, "Identificatie", "Identificatie");
            th(h, "Oordeel", "Verdict");
            th(h, "Inhoud, retour en termijnen", "Content, retour and deadlines");
            h.append("</tr></thead>\n<tbody>\n");
            for (TimelineEntry e : c.timeline().entries()) {
                h.append("<tr><td>").append(DutchDates.minute(e.receivedAt())).append("</td><td>")
                        .append(esc(orDash(e.messageType()))).append(' ').append(esc(WORDS.title(e))).append("</td><td>")
                        .append(esc(orDash(e.from()))).append(" &#8594; ").append(esc(orDash(e.to())))
                        .append("</td><td>").append(esc(orDash(e.identificatie()))).append("</td><td>")
                        .append(esc(e.verdict())).append("</td><td>");
                for (Fact f : e.facts()) {
                    h.append(esc(WORDS.fact(f))).append("<br>");
                }
                for (RetourStatus rs : e.retours()) {
                    h.append(esc(rs.messageType())).append(' ').append(DutchDates.minute(rs.receivedAt()))
                            .append(rs.fromGateway() ? " (gateway)" : "").append(", codes ")
                            .append(rs.codes().isEmpty() ? "-" : esc(String.join(" ", rs.codes()))).append("<br>");
                }
                if (e.awaitingRetour()) {
                    h.append("retour: nog niet ontvangen / none yet<br>");
                }
                for (Deadline d : e.deadlines()) {
                    h.append(d.outcome().isFinding() ? "<span class=\"finding\">" + esc(WORDS.deadline(d)) + "</span>"
                            : esc(WORDS.deadline(d)))
                            .append("<br>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</section>\n");
        }
        h.append("</section>\n");
    }

    private static void filter(StringBuilder h, String name, String label, List<String> values) {
        h.append("<label>").append(label).append("<select name=\"").append(name).append("\"><option value=\"\">alle / all</option>");
        for (String v : new TreeSet<>(values)) {
            h.append("<option>").append(esc(v)).append("</option>");
        }
        h.append("</select></label>");
    }

    private static String clientLink(ReportPage page, Item i) {
        String ref = page.ref(i);
        return ref == null ? "-" : "<a href=\"#" + ref + "\">" + ref + "</a>";
    }

    private static String ref(MessageRef m) {
        return m == null ? "-" : esc(orDash(m.messageType()) + " " + orDash(m.identificatie()));
    }

    private static String kind(Item.Kind k) {
        return switch (k) {
            case LATE -> "te laat <span class=\"en\">late</span>";
            case OVERDUE -> "ontbreekt <span class=\"en\">overdue</span>";
            case WITHOUT_START -> "zonder start <span class=\"en\">without start</span>";
        };
    }

    private static void numTh(StringBuilder h, String nl, String en) {
        h.append("<th data-type=\"number\">").append(nl).append("<br><span class=\"en\">").append(en).append("</span></th>");
    }

    private static void sortNum(StringBuilder h, String key, String text) {
        h.append("<td class=\"num\" data-sort=\"").append(esc(key)).append("\">").append(text).append("</td>");
    }

    private static void dateCell(StringBuilder h, java.time.LocalDate d) {
        h.append("<td data-sort=\"").append(d == null ? "" : d.toString()).append("\">").append(dutch(d)).append("</td>");
    }

    private static String shortPercent(BigDecimal p) {
        return p == null ? "-" : p.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
