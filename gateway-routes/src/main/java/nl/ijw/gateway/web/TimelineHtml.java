package nl.ijw.gateway.web;

import nl.ijw.gateway.cli.report.TimelineWords;
import nl.ijw.gateway.timeline.Deadline;
import nl.ijw.gateway.timeline.RetourStatus;
import nl.ijw.gateway.timeline.Timeline;
import nl.ijw.gateway.timeline.TimelineEntry;

/** One client's timeline as a table: each message with what it did, the retours it got and its deadlines. */
final class TimelineHtml {

    private TimelineHtml() {
    }

    /** "Toewijzingen: 1234, 5678. 6 berichten, 1 bevinding." in the page's language, plural by count. */
    private static String summary(Texts t, Timeline tl) {
        String allocations = tl.allocations().isEmpty() ? t.t("timeline.allocations.none") : String.join(", ", tl.allocations());
        return t.t("timeline.allocations", allocations) + " " + counted(t, tl.entries().size(), "timeline.message") + ", "
                + counted(t, tl.findings(), "timeline.finding") + ".";
    }

    private static String counted(Texts t, long n, String key) {
        return n + " " + t.t(key + (n == 1 ? ".one" : ".many"));
    }

    static String render(Texts t, Timeline tl, String bsnShown) {
        TimelineWords words = TimelineWords.page(t.lang());
        StringBuilder b = new StringBuilder("<section class=\"timeline\"><h2>").append(Html.esc(t.t("timeline.client", bsnShown)))
                .append("</h2><p>").append(Html.esc(summary(t, tl))).append("</p>");
        b.append("<table>").append(Html.headers(t.t("col.received"), t.t("col.type"), t.t("col.sender"), t.t("col.receiver"),
                t.t("col.id"), t.t("col.verdict"), t.t("col.facts"), t.t("col.retours"), t.t("col.deadlines"))).append("<tbody>");
        for (TimelineEntry e : tl.entries()) {
            b.append("<tr><td>").append(Html.esc(t.dateTime(e.receivedAt()))).append("</td><td>").append(Html.esc(e.messageType()))
                    .append(" ").append(Html.esc(words.title(e))).append("</td><td>").append(Html.esc(e.from())).append("</td><td>")
                    .append(Html.esc(e.to())).append("</td><td>").append(Html.esc(e.identificatie())).append("</td><td>")
                    .append(Html.esc(e.verdict() == null ? "" : t.t("verdict." + e.verdict()))).append("</td><td><ul>");
            e.facts().forEach(f -> b.append("<li>").append(Html.esc(words.fact(f))).append("</li>"));
            b.append("</ul></td><td>").append(retours(t, e)).append("</td><td><ul>");
            for (Deadline d : e.deadlines()) {
                b.append("<li").append(d.outcome().isFinding() ? " class=\"finding\"" : "").append('>')
                        .append(Html.esc(words.deadline(d))).append("</li>");
            }
            b.append("</ul></td></tr>");
        }
        return b.append("</tbody></table></section>").toString();
    }

    private static String retours(Texts t, TimelineEntry e) {
        StringBuilder b = new StringBuilder("<ul>");
        for (RetourStatus r : e.retours()) {
            b.append("<li>").append(Html.esc(r.messageType())).append(r.fromGateway() ? " " + Html.esc(t.t("timeline.bygateway")) : "")
                    .append(' ').append(Html.esc(String.join(", ", r.codes()))).append("</li>");
        }
        if (e.awaitingRetour()) {
            b.append("<li>").append(Html.esc(t.t("timeline.awaiting"))).append("</li>");
        }
        return b.append("</ul>").toString();
    }
}
