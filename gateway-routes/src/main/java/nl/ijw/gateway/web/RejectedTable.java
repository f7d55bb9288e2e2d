package nl.ijw.gateway.web;

import java.util.List;

import nl.ijw.gateway.monitor.RejectedMessage;

/** The last rejected messages with their findings in words. */
final class RejectedTable {

    private RejectedTable() {
    }

    static String render(Texts t, List<RejectedMessage> messages) {
        StringBuilder b = new StringBuilder("<h2>").append(Html.esc(t.t("traffic.rejected"))).append("</h2>");
        if (messages.isEmpty()) {
            return b.append("<p>").append(Html.esc(t.t("traffic.norejected"))).append("</p>").toString();
        }
        b.append("<table id=\"rejected\">").append(Html.headers(t.t("col.received"), t.t("col.type"), t.t("col.sender"),
                t.t("col.receiver"), t.t("col.id"), t.t("col.findings"))).append("<tbody>");
        for (RejectedMessage m : messages) {
            b.append("<tr><td>").append(Html.esc(t.dateTime(m.receivedAt()))).append("</td><td>").append(Html.esc(m.messageType()))
                    .append("</td><td>").append(Html.esc(m.from())).append("</td><td>").append(Html.esc(m.to()))
                    .append("</td><td>").append(Html.esc(m.identificatie())).append("</td><td><ul class=\"findings\">");
            for (RejectedMessage.FindingText f : m.findings()) {
                b.append("<li>").append(f.rule() == null ? "" : "<strong>" + Html.esc(f.rule()) + "</strong> ")
                        .append(f.retourCode() == null ? "" : "(" + Html.esc(f.retourCode()) + ") ").append(Html.esc(f.text()))
                        .append("</li>");
            }
            b.append("</ul></td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
