package nl.ijw.gateway.web;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.ijw.gateway.monitor.RejectedMessage;
import nl.ijw.gateway.monitor.Traffic;
import nl.ijw.gateway.monitor.TrafficHour;
import nl.ijw.gateway.monitor.TrafficView;
import nl.ijw.gateway.monitor.VerdictTotal;

/**
 * "Traffic now": input per hour by type and verdict (48 h, chart and table), the queues, and the
 * last rejected messages with their findings in words. {@code traffic.js} fetches the live part
 * ({@code ?part=live}) every 15 seconds and swaps it in. Queue depths and the outbox are the whole
 * deployment's, so only a {@code *} user sees them; dead letters are counted in the user's scope.
 */
final class TrafficPage implements Handler {

    static final List<String> VERDICTS = List.of("ACCEPTED", "REJECTED", "FAILED");
    private final Backend backend;
    private final DeadLetters dlq;
    private final Clock clock;

    TrafficPage(Backend backend, Clock clock) {
        this.backend = backend;
        this.dlq = new DeadLetters(backend);
        this.clock = clock;
    }

    @Override
    public Response handle(Request r) throws Exception {
        String live = "<div id=\"live\" aria-live=\"polite\">" + live(r) + "</div>";
        if ("live".equals(r.param("part"))) {
            return Response.html(live(r));
        }
        return Response.html(Layout.page(r, "/traffic", r.texts().t("traffic.title"), live, "traffic.js"));
    }

    Response api(Request r) throws Exception {
        TrafficView v = view(r);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", r.user().scope().toString());
        m.put("from", v.from().toString());
        m.put("to", v.to().toString());
        m.put("hours", v.hours().stream().map(h -> Map.of("hour", h.hour().toString(), "type", h.messageType(),
                "verdict", h.verdict(), "count", h.count())).toList());
        m.put("otherMunicipalities", v.others());
        m.put("lastRejected", v.lastRejected().stream().map(TrafficPage::rejected).toList());
        m.put("deadLetters", dlq.list(r.user().scope()).size());
        if (r.user().scope().everything()) {
            Map<String, Object> s = backend.status();
            m.put("queues", s.get("queues"));
            m.put("outboxBacklog", s.get("outboxBacklog"));
        }
        return Response.json(m);
    }

    private static Map<String, Object> rejected(RejectedMessage m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("journalId", m.journalId());
        o.put("receivedAt", m.receivedAt().toString());
        o.put("type", m.messageType());
        o.put("sender", m.from());
        o.put("receiver", m.to());
        o.put("identificatie", m.identificatie());
        o.put("findings", m.findings());
        return o;
    }

    private TrafficView view(Request r) throws Exception {
        try (Connection c = backend.connection()) {
            return new Traffic(c).view(r.user().scope(), clock.instant(), 20);
        }
    }

    private String live(Request r) throws Exception {
        Texts t = r.texts();
        TrafficView v = view(r);
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"updated\">").append(Html.esc(t.t("traffic.updated", t.dateTime(clock.instant())))).append("</p>");
        b.append(queues(r));
        b.append("<h2>").append(Html.esc(t.t("traffic.hours"))).append("</h2>");
        b.append(chart(t, v)).append(legend(t)).append(totals(t, v));
        if (!v.others().isEmpty()) {
            b.append("<h2>").append(Html.esc(t.t("traffic.others"))).append("</h2><p>");
            for (VerdictTotal o : v.others()) {
                b.append(Html.esc(t.t("verdict." + o.verdict()))).append(": ").append(t.number(o.count())).append(". ");
            }
            b.append("</p>");
        }
        b.append(RejectedTable.render(t, v.lastRejected()));
        return b.toString();
    }

    private String queues(Request r) {
        Texts t = r.texts();
        StringBuilder b = new StringBuilder("<dl class=\"figures\">");
        b.append(figure(t.t("traffic.dlq"), deadLetters(r, t)));
        if (r.user().scope().everything()) {
            Map<String, Object> s = backend.status();
            if (s.get("queues") instanceof Map<?, ?> q) {
                q.forEach((k, n) -> b.append(figure(t.t("traffic.queue", k), n == null ? "?" : t.number(((Number) n).longValue()))));
            }
            Object backlog = s.get("outboxBacklog");
            b.append(figure(t.t("traffic.backlog"), backlog instanceof Number n ? t.number(n.longValue()) : "?"));
        }
        b.append("</dl>");
        if (!r.user().scope().everything()) {
            b.append("<p class=\"note\">").append(Html.esc(t.t("traffic.systemonly"))).append("</p>");
        }
        return b.toString();
    }

    /** Counted in the user's scope; "?" while the broker cannot be asked. */
    private String deadLetters(Request r, Texts t) {
        try {
            return t.number(dlq.list(r.user().scope()).size());
        } catch (jakarta.jms.JMSException e) {
            return "?";
        }
    }

    private static String figure(String label, String value) {
        return "<div><dt>" + Html.esc(label) + "</dt><dd>" + Html.esc(value) + "</dd></div>";
    }

    private String chart(Texts t, TrafficView v) {
        Map<Instant, Map<String, Long>> byHour = new TreeMap<>();
        Instant first = v.from().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        for (Instant h = first; !h.isAfter(v.to()); h = h.plus(1, ChronoUnit.HOURS)) {
            byHour.put(h, new TreeMap<>());
        }
        for (TrafficHour h : v.hours()) {
            byHour.computeIfAbsent(h.hour(), k -> new TreeMap<>()).merge(h.verdict(), h.count(), Long::sum);
        }
        List<SvgBars.Bar> bars = new ArrayList<>();
        byHour.forEach((hour, counts) -> {
            List<SvgBars.Segment> segs = VERDICTS.stream()
                    .map(vd -> new SvgBars.Segment("v-" + vd.toLowerCase(java.util.Locale.ROOT), counts.getOrDefault(vd, 0L))).toList();
            String title = Texts.HOUR.format(hour) + ": " + String.join(", ", VERDICTS.stream()
                    .map(vd -> t.t("verdict." + vd) + " " + counts.getOrDefault(vd, 0L)).toList());
            bars.add(new SvgBars.Bar(Texts.HOUR.format(hour).substring(6), title, segs));
        });
        return SvgBars.render("traffic-chart", t.t("traffic.chart.desc"), bars, 14, 4, 6);
    }

    private static String legend(Texts t) {
        StringBuilder b = new StringBuilder("<ul class=\"legend\">");
        for (String vd : VERDICTS) {
            b.append("<li><span class=\"swatch v-").append(vd.toLowerCase(java.util.Locale.ROOT)).append("\"></span>")
                    .append(Html.esc(t.t("verdict." + vd))).append("</li>");
        }
        return b.append("</ul>").toString();
    }

    /** The chart's figures as a table: per type and verdict over the window, and per hour on request. */
    private static String totals(Texts t, TrafficView v) {
        Map<String, Long> sums = new TreeMap<>();
        v.hours().forEach(h -> sums.merge(h.messageType() + "|" + h.verdict(), h.count(), Long::sum));
        StringBuilder b = new StringBuilder("<table id=\"traffic-totals\"><caption>").append(Html.esc(t.t("traffic.totals")))
                .append("</caption>").append(Html.headers(t.t("col.type"), t.t("col.verdict"), t.t("col.count"))).append("<tbody>");
        sums.forEach((k, n) -> {
            String[] p = k.split("\\|");
            b.append(Html.row(p[0], t.t("verdict." + p[1]), t.number(n)));
        });
        if (sums.isEmpty()) {
            b.append("<tr><td colspan=\"3\">").append(Html.esc(t.t("traffic.none"))).append("</td></tr>");
        }
        b.append("</tbody></table><details><summary>").append(Html.esc(t.t("traffic.perhour"))).append("</summary><table>")
                .append(Html.headers(t.t("col.hour"), t.t("col.type"), t.t("col.verdict"), t.t("col.count"))).append("<tbody>");
        for (TrafficHour h : v.hours()) {
            b.append(Html.row(Texts.HOUR.format(h.hour()), h.messageType(), t.t("verdict." + h.verdict()), t.number(h.count())));
        }
        return b.append("</tbody></table></details>").toString();
    }
}
