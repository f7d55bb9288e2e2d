package nl.ijw.gateway.cli.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.ijw.gateway.sap.report.AwaitedFrom;
import nl.ijw.gateway.sap.report.Basis;
import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.Line;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;

/**
 * The report as one self-contained HTML page for a contract manager: inline CSS, an inline SVG
 * bar chart per provider and trend per month, one small inline script (sorting and filtering; the page
 * reads in full without it) and no external resource, so it can be mailed and archived as it is. Labels are Dutch with the English term beside them. Every text from the data is escaped,
 * and the page is pure ASCII (other characters as character references), whatever the console.
 */
public final class HtmlReport {

    static final String ON_TIME = "#2e7d32";
    static final String LATE = "#ef8f00";
    static final String OVERDUE = "#c62828";

    private static final int WIDTH = 900;
    private static final int LABEL = 230;
    private static final int BAR = 280;
    private static final int TOP = 30;
    private static final int ROW = 26;

    private static final String CSS = """
            body{font-family:"Segoe UI",Arial,Helvetica,sans-serif;color:#1a1a1a;margin:2em auto;max-width:1040px;padding:0 1em;line-height:1.4}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.8em;border-bottom:2px solid #ddd;padding-bottom:.2em}
            .en{color:#666;font-weight:normal;font-size:.9em}
            dl.meta{display:grid;grid-template-columns:max-content auto;gap:.3em 1.2em}dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
            table{border-collapse:collapse;margin:.8em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .55em;vertical-align:top}
            th{background:#f3f3f3;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
            tr.total td{font-weight:bold;background:#fafafa}
            svg.chart{display:block;margin:.6em 0;font-size:12px}svg.chart text{fill:#1a1a1a}
            dl.terms dt{font-weight:bold;margin-top:.6em}dl.terms dd{margin-left:1.2em}
            footer{margin-top:2.5em;color:#666;font-size:.85em}
            table.sortable th{cursor:pointer}table.sortable th[aria-sort]::after{content:" \\2195";color:#999}
            .filters label{margin-right:1em}.filters select{margin-left:.3em}
            section.client{border-left:3px solid #ddd;padding-left:.8em;margin-top:1.2em}.finding{color:#c62828;font-weight:bold}
            @media print{body{margin:0}section{break-inside:avoid}}
            """;

    private HtmlReport() {
    }

    public static String render(SapReport r) {
        return render(ReportPage.of(r));
    }

    public static String render(ReportPage page) {
        SapReport r = page.report();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>SAP-nalevingsrapportage / SAP compliance report</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n")
                .append("<h1>SAP-nalevingsrapportage <span class=\"en\">SAP compliance report</span></h1>\n");
        meta(h, r);
        HtmlSections.ranking(h, r);
        h.append("<section id=\"totaal\">\n<h2>Totaal alle aanbieders <span class=\"en\">Total, all providers</span></h2>\n");
        table(h, r.totals(Line.ALL), false);
        HtmlSections.trend(h, "ALL", "alle aanbieders / all providers", r.months(Line.ALL));
        h.append("</section>\n");
        HtmlSections.drillDown(h, page);
        HtmlSections.withoutStart(h, page);
        for (String p : r.providers()) {
            h.append("<section class=\"provider\" id=\"p-").append(esc(p)).append("\">\n<h2>Aanbieder ").append(esc(p))
                    .append(" <span class=\"en\">Provider ").append(esc(p)).append("</span></h2>\n");
            chart(h, p, r.rows(p));
            table(h, concat(r.rows(p), r.totals(p)), true);
            HtmlSections.trend(h, p, "aanbieder / provider " + p, r.months(p));
            h.append("</section>\n");
        }
        HtmlSections.timelines(h, page);
        terms(h);
        rules(h, r.rules());
        h.append("<footer>ijw-gateway sap-report. Peildatum / as of ").append(dutch(r.asOfDate()))
                .append("; periode / period ").append(period(r.from(), r.to()))
                .append("; tijdzone / time zone ").append(SapTracker.AMSTERDAM.getId()).append(".</footer>\n")
                .append("<script>\n").append(HtmlSections.SCRIPT).append("</script>\n")
                .append("</body>\n</html>\n");
        return asciiOnly(h.toString());
    }

    private static void meta(StringBuilder h, SapReport r) {
        Figures all = r.overall();
        h.append("<dl class=\"meta\">\n");
        dt(h, "Periode (uiterste datum)", "Period (due date)");
        h.append("<dd>").append(period(r.from(), r.to())).append("</dd>\n");
        dt(h, "Peildatum", "As of");
        h.append("<dd>").append(dutch(r.asOfDate())).append(" <span class=\"en\">(")
                .append(DutchDates.minute(r.asOf())).append(' ').append(OFFSET.format(r.asOf().atZone(SapTracker.AMSTERDAM)))
                .append(", ").append(SapTracker.AMSTERDAM.getId()).append(")</span></dd>\n");
        dt(h, "Grondslag", "Basis");
        h.append("<dd>").append(esc(DutchDates.in(r.basis().dutch()))).append("<br><span class=\"en\">")
                .append(esc(DutchDates.in(r.basis().english())))
                .append("</span></dd>\n");
        dt(h, "Regels", "Rules");
        h.append("<dd>").append(esc(r.rules().stream().map(SapRule::id).collect(Collectors.joining(", "))))
                .append("</dd>\n");
        dt(h, "Samenvatting", "Summary");
        int providers = r.providers().size();
        h.append("<dd>").append(providers).append(providers == 1 ? " aanbieder / provider; " : " aanbieders / providers; ")
                .append(all.due())
                .append(" verwacht / due: ").append(all.onTime()).append(" op tijd / on time, ").append(all.late())
                .append(" te laat / late, ").append(all.overdue()).append(" ontbreekt / overdue; ")
                .append(percent(all.onTimePercent())).append(" op tijd / on time; ").append(all.pending())
                .append(" nog niet verlopen / pending; ").append(all.withoutStart())
                .append(all.withoutStart() == 1 ? " toewijzing zonder start / allocation without start"
                        : " toewijzingen zonder start / allocations without start").append("</dd>\n</dl>\n");
    }

    private static void dt(StringBuilder h, String nl, String en) {
        h.append("<dt>").append(nl).append(" <span class=\"en\">").append(en).append("</span></dt>");
    }

    static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "alle uiterste datums <span class=\"en\">all due dates</span>";
        }
        String nl = (from == null ? "" : "vanaf " + dutch(from)) + (from != null && to != null ? " " : "")
                + (to == null ? "" : "t/m " + dutch(to));
        String en = (from == null ? "" : "from " + dutch(from)) + (from != null && to != null ? " " : "")
                + (to == null ? "" : "up to and including " + dutch(to));
        return nl + " <span class=\"en\">" + en + "</span>";
    }

    private static void table(StringBuilder h, List<Line> lines, boolean withRule) {
        h.append("<table>\n<thead><tr>");
        if (withRule) {
            th(h, "Regel", "Rule");
        }
        th(h, "Te leveren door", "Awaited from");
        th(h, "Verwacht", "Due");
        th(h, "Op tijd", "On time");
        th(h, "Te laat", "Late");
        th(h, "Ontbreekt", "Overdue");
        th(h, "Nog niet verlopen", "Pending");
        th(h, "Zonder start", "Without start");
        th(h, "% op tijd", "% on time");
        th(h, "Mediaan werkdagen te laat", "Median working days late");
        th(h, "P90 werkdagen te laat", "P90 working days late");
        h.append("</tr></thead>\n<tbody>\n");
        for (Line l : lines) {
            Figures f = l.figures();
            h.append(l.isTotal() ? "<tr class=\"total\">" : "<tr>");
            if (withRule) {
                h.append("<td>").append(l.isTotal() ? "Totaal <span class=\"en\">Total</span>" : esc(l.rule()))
                        .append("</td>");
            }
            h.append("<td>").append(side(l.awaitedFrom())).append("</td>");
            num(h, String.valueOf(f.due()));
            num(h, String.valueOf(f.onTime()));
            num(h, String.valueOf(f.late()));
            num(h, String.valueOf(f.overdue()));
            num(h, String.valueOf(f.pending()));
            num(h, String.valueOf(f.withoutStart()));
            num(h, percent(f.onTimePercent()));
            num(h, days(f.medianWorkingDaysLate()));
            num(h, days(f.p90WorkingDaysLate()));
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    static void th(StringBuilder h, String nl, String en) {
        h.append("<th>").append(nl).append("<br><span class=\"en\">").append(en).append("</span></th>");
    }

    static void num(StringBuilder h, String text) {
        h.append("<td class=\"num\">").append(text).append("</td>");
    }

    /** Stacked bars per rule and side: on time, late, overdue, scaled to the provider's largest due count. */
    private static void chart(StringBuilder h, String provider, List<Line> rows) {
        int max = rows.stream().mapToInt(l -> l.figures().due()).max().orElse(0);
        int height = TOP + rows.size() * ROW + 6;
        String id = "chart-" + esc(provider);
        h.append("<svg class=\"chart\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("\">\n<title id=\"").append(id)
                .append("\">Aanbieder ").append(esc(provider))
                .append(": op tijd, te laat en ontbrekend per regel / on time, late and overdue per rule</title>\n");
        legend(h, 0, ON_TIME, "Op tijd / on time");
        legend(h, 190, LATE, "Te laat / late");
        legend(h, 360, OVERDUE, "Ontbreekt / overdue");
        for (int i = 0; i < rows.size(); i++) {
            bar(h, rows.get(i), TOP + i * ROW, max);
        }
        h.append("</svg>\n");
    }

    static void legend(StringBuilder h, int x, String colour, String label) {
        h.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"").append(colour)
                .append("\"/><text x=\"").append(x + 18).append("\" y=\"14\">").append(label).append("</text>\n");
    }

    private static void bar(StringBuilder h, Line l, int y, int max) {
        Figures f = l.figures();
        String label = l.rule() + " \u00b7 " + (l.awaitedFrom() == AwaitedFrom.PROVIDER ? "aanbieder" : "gemeente");
        h.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(esc(label)).append("</text>\n");
        int x = LABEL;
        x = segment(h, l.rule(), x, y, f.onTime(), max, ON_TIME, "op tijd / on time");
        x = segment(h, l.rule(), x, y, f.late(), max, LATE, "te laat / late");
        segment(h, l.rule(), x, y, f.overdue(), max, OVERDUE, "ontbreekt / overdue");
        String numbers = f.onTime() + " op tijd, " + f.late() + " te laat, " + f.overdue() + " ontbreekt: "
                + percent(f.onTimePercent()) + (f.pending() > 0 ? " (+" + f.pending() + " nog niet verlopen)" : "")
                + (f.withoutStart() > 0 ? " (+" + f.withoutStart() + " zonder start)" : "");
        h.append("<text x=\"").append(LABEL + BAR + 10).append("\" y=\"").append(y + 14).append("\">")
                .append(esc(numbers)).append("</text>\n");
    }

    private static int segment(StringBuilder h, String rule, int x, int y, int count, int max, String colour,
                               String what) {
        if (count == 0 || max == 0) {
            return x;
        }
        int w = Math.max(1, Math.round((float) count * BAR / max));
        h.append("<rect x=\"").append(x).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                .append("\" height=\"16\" fill=\"").append(colour).append("\"><title>").append(esc(rule)).append(": ")
                .append(count).append(' ').append(what).append("</title></rect>\n");
        return x + w;
    }

    private static void terms(StringBuilder h) {
        h.append("<section id=\"begrippen\">\n<h2>Begrippen <span class=\"en\">Definitions</span></h2>\n<dl class=\"terms\">\n");
        term(h, "Uiterste datum", "Due date",
                "de laatste dag waarop het verwachte bericht op tijd is: de termijn van de regel in werkdagen na de"
                        + " aanleiding (ontvangst van het wachtende bericht, of de ingangs- of einddatum).",
                "the last day on which the awaited message is on time: the rule's number of working days after its"
                        + " trigger (receipt of the waiting message, or the start or end date).");
        term(h, "Werkdagen", "Working days",
                "maandag t/m vrijdag, behalve de feestdagen van de Algemene termijnenwet en de daarmee gelijkgestelde"
                        + " dagen. Data zijn ontvangstdata in Europe/Amsterdam.",
                "Monday to Friday except the public holidays of the Algemene termijnenwet and days equated to them."
                        + " Dates are receipt dates in Europe/Amsterdam.");
        term(h, "Op tijd", "On time", "ontvangen op of v\u00f3\u00f3r de uiterste datum.",
                "received on or before the due date.");
        term(h, "Te laat", "Late", "ontvangen na de uiterste datum. Werkdagen te laat: de werkdagen na de uiterste"
                        + " datum tot en met de ontvangstdatum.",
                "received after the due date. Working days late: the working days after the due date up to and"
                        + " including the day of receipt.");
        term(h, "Ontbreekt", "Overdue",
                "niet ontvangen terwijl de uiterste datum v\u00f3\u00f3r de peildatum ligt.",
                "not received, and the due date lies before the as-of date.");
        term(h, "Nog niet verlopen", "Pending",
                "niet ontvangen, uiterste datum op of na de peildatum: telt niet mee in Verwacht.",
                "not received, due date on or after the as-of date: not counted as due.");
        term(h, "Zonder start", "Without start",
                "toewijzing (OP271) waarvoor nog geen startbericht (JW305) is ontvangen. De werkelijke start van de"
                        + " zorg is pas met dat bericht bekend, dus dit is nooit een overschrijding en telt niet mee in"
                        + " Verwacht.",
                "allocation (OP271) for which no start message (JW305) has been received. The actual start of care"
                        + " is only known from that message, so this is never a breach and is not counted as due.");
        term(h, "Verwacht", "Due", "op tijd + te laat + ontbreekt. Vervallen verwachtingen (bijvoorbeeld bij een"
                        + " ingetrokken toewijzing) tellen niet mee.",
                "on time + late + overdue. Cancelled expectations (a withdrawn allocation, for instance) are not"
                        + " counted.");
        term(h, "% op tijd", "% on time", "op tijd gedeeld door verwacht, op \u00e9\u00e9n decimaal; - als niets"
                        + " verwacht was.",
                "on time divided by due, one decimal; - when nothing was due.");
        term(h, "Mediaan en P90", "Median and P90",
                "over de werkdagen te laat van de te late berichten, volgens de nearest-rank-methode: de waarde op"
                        + " positie \u2308p \u00d7 n\u2309 van de oplopend gesorteerde waarden (mediaan: p = 50%,"
                        + " bij een even aantal de lagere middelste waarde). Ontbrekende berichten tellen hier niet"
                        + " mee; - als er geen te late berichten zijn.",
                "over the working days late of the late arrivals, nearest rank: the value at position"
                        + " \u2308p \u00d7 n\u2309 of the values sorted ascending (median: p = 50%, the lower middle"
                        + " value for an even count). Overdue messages are not included; - when none came late.");
        term(h, "Te leveren door", "Awaited from",
                "de partij die het verwachte bericht moest sturen: de ontvanger van het wachtende bericht (de"
                        + " gemeente voor retouren op berichten van de aanbieder, antwoorden op aanvragen en JW325;"
                        + " de aanbieder voor retouren op JW301 en de start, JW305), en bij OP272 (stop, JW307) de"
                        + " aanbieder die de start stuurde.",
                "the party that had to send the awaited message: the receiver of the waiting message (the"
                        + " municipality for retours to the provider's messages, answers to requests and JW325s; the"
                        + " provider for retours to a JW301 and for the start, JW305), and for OP272 (stop, JW307)"
                        + " the provider that sent the start.");
        term(h, "Periode", "Period", "selecteert op uiterste datum, grenzen inbegrepen.",
                "selects on due date, bounds included.");
        h.append("</dl>\n<p>NO_START is een signaal, geen SAP-termijn: de toewijzingen zonder start staan apart en"
                + " tellen nooit als verwacht of als overschrijding. <span class=\"en\">NO_START is a monitoring signal,"
                + " not an SAP deadline: allocations without start are listed apart and never counted as due or as a"
                + " breach.</span></p>\n"
                + "</section>\n");
    }

    private static void term(StringBuilder h, String nl, String en, String nlText, String enText) {
        h.append("<dt>").append(nl).append(" <span class=\"en\">").append(en).append("</span></dt><dd>").append(esc(nlText))
                .append("<br><span class=\"en\">").append(esc(enText)).append("</span></dd>\n");
    }

    private static void rules(StringBuilder h, List<SapRule> rules) {
        h.append("<section id=\"regels\">\n<h2>Regels <span class=\"en\">Rules</span></h2>\n<table>\n<thead><tr>");
        th(h, "Regel", "Rule");
        th(h, "Werkdagen", "Working days");
        th(h, "Ontstaat bij", "Created by");
        th(h, "Voldaan door", "Fulfilled by");
        h.append("</tr></thead>\n<tbody>\n");
        for (SapRule rule : rules) {
            h.append("<tr><td>").append(esc(rule.id())).append("</td><td class=\"num\">").append(rule.workingDays())
                    .append("</td><td>").append(esc(rule.createdBy())).append("</td><td>").append(esc(rule.fulfilledBy()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    static String side(AwaitedFrom side) {
        return switch (side) {
            case PROVIDER -> "aanbieder <span class=\"en\">provider</span>";
            case MUNICIPALITY -> "gemeente <span class=\"en\">municipality</span>";
            case ALL -> "beide <span class=\"en\">both</span>";
        };
    }

    /** Dutch: decimal comma and a space before the sign, "55,6 %". */
    static String percent(BigDecimal p) {
        return p == null ? "-" : p.toPlainString().replace('.', ',') + " %";
    }

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    /** Dutch date, "12-03-2026"; "-" for none. */
    static String dutch(LocalDate d) {
        return DutchDates.date(d);
    }

    static String days(Integer d) {
        return d == null ? "-" : d.toString();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Replaces every non-ASCII character by a numeric character reference (markup is ASCII already). */
    static String asciiOnly(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        html.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.append((char) cp);
            } else {
                out.append("&#").append(cp).append(';');
            }
        });
        return out.toString();
    }
}
