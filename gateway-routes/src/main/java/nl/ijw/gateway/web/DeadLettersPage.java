package nl.ijw.gateway.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * "Dead letters": what is parked on {@code ijw.dlq}, with its error; an operator may put one back
 * on {@code ijw.in} (POST with the CSRF token, recorded with who did it). A viewer's POST is refused.
 */
final class DeadLettersPage implements Handler {

    private final DeadLetters dlq;
    private final Clock clock;

    DeadLettersPage(DeadLetters dlq, Clock clock) {
        this.dlq = dlq;
        this.clock = clock;
    }

    @Override
    public Response handle(Request r) throws Exception {
        Texts t = r.texts();
        List<DeadLetters.Letter> letters = dlq.list(r.user().scope());
        StringBuilder b = new StringBuilder();
        r.optional("done").ifPresent(d -> b.append("<p class=\"ok\" role=\"status\">").append(Html.esc(t.t("dlq.done", d)))
                .append("</p>"));
        b.append("<p>").append(Html.esc(t.t("dlq.intro"))).append("</p>");
        if (letters.isEmpty()) {
            return Response.html(Layout.page(r, "/dlq", t.t("dlq.title"), b.append("<p>").append(Html.esc(t.t("dlq.empty")))
                    .append("</p>").toString()));
        }
        boolean operator = r.user().role().mayResubmit();
        b.append("<table id=\"dlq\">").append(Html.headers(t.t("col.parked"), t.t("col.type"), t.t("col.sender"),
                t.t("col.receiver"), t.t("col.id"), t.t("col.error"), t.t("col.action"))).append("<tbody>");
        for (DeadLetters.Letter l : letters) {
            b.append("<tr><td>").append(Html.esc(t.dateTime(l.parkedAt()))).append("</td><td>").append(Html.esc(l.type()))
                    .append("</td><td>").append(Html.esc(l.sender())).append("</td><td>").append(Html.esc(l.receiver()))
                    .append("</td><td>").append(Html.esc(l.messageId())).append("</td><td>").append(Html.esc(l.error()))
                    .append("</td><td>");
            if (operator) {
                b.append("<form method=\"post\" action=\"/dlq/resubmit\">").append(Html.csrf(r.session()))
                        .append("<input type=\"hidden\" name=\"id\" value=\"").append(Html.esc(l.jmsId())).append("\">")
                        .append("<button type=\"submit\">").append(Html.esc(t.t("dlq.resubmit"))).append("</button></form>");
            } else {
                b.append(Html.esc(t.t("dlq.operatoronly")));
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        return Response.html(Layout.page(r, "/dlq", t.t("dlq.title"), b.toString()));
    }

    Response resubmit(Request r) throws Exception {
        if (!"POST".equals(r.method())) {
            return Response.text(405, "POST only");
        }
        if (!r.user().role().mayResubmit()) {
            throw new Forbidden();
        }
        String id = r.form().getOrDefault("id", "");
        String newId = dlq.resubmit(r.user().scope(), id, r.user().name(), clock.instant());
        return Response.redirect("/dlq?done=" + Cookies.url(newId));
    }

    Response api(Request r) throws Exception {
        return Response.json(Map.of("deadLetters", dlq.list(r.user().scope())));
    }
}
