package nl.ijw.gateway.web;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /login}: the form (GET) and the check (POST: bcrypt, then a session cookie), and
 * {@code /logout}. A name that failed {@link LoginThrottle#FAILURES} times waits before its next
 * attempt is even looked at. Unknown names cost a bcrypt check too, so timing does not tell them apart.
 */
final class LoginPage implements Handler {

    static final String LOGIN_COOKIE = "ijw_login";
    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);
    // At the production cost, so an unknown name takes as long as a known one.
    private static final String DUMMY = UsersFile.hash("not a password".toCharArray(), UsersFile.COST);

    private final Users users;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final boolean secure;

    LoginPage(Users users, LoginThrottle throttle, Sessions sessions, boolean secure) {
        this.users = users;
        this.throttle = throttle;
        this.sessions = sessions;
        this.secure = secure;
    }

    @Override
    public Response handle(Request r) {
        if (!"POST".equals(r.method())) {
            return r.session() != null ? Response.redirect("/traffic") : form(r, 200, null, r.param("next"));
        }
        String name = r.form().getOrDefault("name", "").strip();
        String next = r.form().get("next");
        Duration wait = throttle.waitFor(name);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
            return form(r, 429, r.texts().t("login.wait", minutes), next).with("Retry-After", Long.toString(wait.getSeconds()));
        }
        Optional<WebUser> user = users.find(name);
        char[] password = r.form().getOrDefault("password", "").toCharArray();
        boolean ok = UsersFile.matches(user.map(WebUser::hash).orElse(DUMMY), password) && user.isPresent();
        java.util.Arrays.fill(password, '\0');
        if (!ok) {
            throttle.failed(name);
            LOG.info("monitor login failed for a user name from {}", r.remote());
            return form(r, 401, r.texts().t("login.wrong"), next);
        }
        throttle.succeeded(name);
        Session s = sessions.open(user.get());
        LOG.info("monitor login: {}", user.get());
        return Response.redirect(local(next)).with("Set-Cookie", Cookies.strict(WebServer.SESSION_COOKIE, s.token(), "/", secure));
    }

    /** A POST with the session's CSRF token only (checked for every POST): a link or an image cannot end a session. */
    Response logout(Request r) {
        if (!"POST".equals(r.method())) {
            return Response.text(405, "POST only").with("Allow", "POST");
        }
        if (r.session() != null) {
            sessions.close(r.session().token());
        }
        return Response.redirect("/login").with("Set-Cookie", Cookies.expired(WebServer.SESSION_COOKIE, "/", secure));
    }

    /** Only a path on this server: never an open redirect. */
    static String local(String next) {
        return next != null && next.matches("/[A-Za-z0-9/_-]*") ? next : "/traffic";
    }

    private Response form(Request r, int status, String problem, String next) {
        Texts t = r.texts();
        String token = Sessions.token();
        StringBuilder b = new StringBuilder();
        if (problem != null) {
            b.append("<p class=\"alert\" role=\"alert\">").append(Html.esc(problem)).append("</p>");
        }
        b.append("<form method=\"post\" action=\"/login\" class=\"login\">")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(token).append("\">")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(Html.esc(local(next))).append("\">")
                .append("<label for=\"name\">").append(Html.esc(t.t("login.name"))).append("</label>")
                .append("<input id=\"name\" name=\"name\" autocomplete=\"username\" required>")
                .append("<label for=\"password\">").append(Html.esc(t.t("login.password"))).append("</label>")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
                .append("<button type=\"submit\">").append(Html.esc(t.t("login.submit"))).append("</button></form>")
                .append("<p><a href=\"/login?lang=").append(t.lang().equals("en") ? "nl" : "en").append("\">")
                .append(Html.esc(t.t("lang.other"))).append("</a></p>");
        return Response.html(status, Layout.page(r, "", t.t("login.title"), b.toString()))
                .with("Set-Cookie", Cookies.strict(LOGIN_COOKIE, token, "/login", secure));
    }
}
