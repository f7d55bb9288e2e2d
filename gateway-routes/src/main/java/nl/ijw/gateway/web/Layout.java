package nl.ijw.gateway.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame of every page: skip link, header with the user and logout, navigation, main content.
 * No inline script or style (the CSP forbids them): behaviour comes from {@code /static/*.js}.
 */
final class Layout {

    record Nav(String path, String key) {
    }

    static final List<Nav> NAV = List.of(new Nav("/traffic", "nav.traffic"), new Nav("/compliance", "nav.compliance"),
            new Nav("/worklist", "nav.worklist"), new Nav("/timeline", "nav.timeline"), new Nav("/dlq", "nav.dlq"));

    private Layout() {
    }

    static String page(Request r, String active, String title, String body, String... scripts) {
        Texts t = r.texts();
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html><html lang=\"").append(t.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" – ").append(Html.esc(t.t("app.name"))).append("</title>")
                .append("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/static/app.css\">");
        for (String s : scripts) {
            b.append("<script src=\"/static/").append(s).append("\" defer></script>");
        }
        b.append("</head><body><a class=\"skip\" href=\"#main\">").append(Html.esc(t.t("skip"))).append("</a>");
        b.append("<header class=\"top\"><div class=\"brand\">").append(Html.esc(t.t("app.name"))).append("</div>");
        if (r.session() != null) {
            b.append(userBox(r));
        }
        b.append("</header>");
        if (r.session() != null) {
            b.append(nav(r, active));
        }
        b.append("<main id=\"main\" tabindex=\"-1\"><h1>").append(Html.esc(title)).append("</h1>").append(body)
                .append("</main><footer class=\"foot\">").append(Html.esc(t.t("footer"))).append("</footer></body></html>");
        return b.toString();
    }

    private static String userBox(Request r) {
        Texts t = r.texts();
        WebUser u = r.user();
        String other = t.lang().equals("en") ? "nl" : "en";
        return "<div class=\"user\"><span>" + Html.esc(t.t("user.line", u.name(), t.t("role." + u.role().code()), u.scope()))
                + "</span> <a href=\"?lang=" + other + "\" lang=\"" + other + "\">" + Html.esc(t.t("lang.other")) + "</a>"
                + " <form method=\"post\" action=\"/logout\" class=\"inline\">" + Html.csrf(r.session())
                + "<button type=\"submit\">" + Html.esc(t.t("logout")) + "</button></form></div>";
    }

    private static String nav(Request r, String active) {
        List<Nav> items = new ArrayList<>(NAV);
        if (r.user().role().mayUnmask()) {
            items.add(new Nav("/access-log", "nav.accesslog"));
        }
        StringBuilder b = new StringBuilder("<nav aria-label=\"").append(Html.esc(r.texts().t("nav.label"))).append("\"><ul>");
        for (Nav n : items) {
            boolean here = n.path().equals(active);
            b.append("<li><a href=\"").append(n.path()).append('"').append(here ? " aria-current=\"page\"" : "").append('>')
                    .append(Html.esc(r.texts().t(n.key()))).append("</a></li>");
        }
        return b.append("</ul></nav>").toString();
    }
}
