package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.testing.MovingClock;
import nl.ijw.gateway.web.StatusToken;

/**
 * The monitor's gatekeeping against a real gateway over HTTP: no session, no data (pages redirect
 * to the login, the API answers 401, /health stays open, /api/status wants a session or the status
 * token); security headers on every answer; the login form and every POST need their CSRF token;
 * the sixth attempt after five wrong passwords waits, also with the right password; sessions
 * expire; cookies are HttpOnly and SameSite=Strict.
 */
class WebSecurityTest {

    static final List<String> PATHS = List.of("/traffic", "/dlq", "/compliance", "/worklist", "/timeline", "/");

    @Test
    void withoutASessionNothingButHealthAnswers() throws Exception {
        try (LiveHarness live = new LiveHarness("web-open", Map.of("web.users", WebUsers.write("open").toString()))) {
            WebClient c = WebClient.of(live);
            for (String p : PATHS) {
                HttpResponse<String> r = c.get(p);
                assertEquals(303, r.statusCode(), p);
                assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/login"), p);
                assertHeaders(r);
            }
            assertEquals("/login?next=%2Ftraffic", c.get("/traffic").headers().firstValue("Location").orElseThrow());
            for (String p : List.of("/api/traffic", "/api/dlq", "/api/status")) {
                HttpResponse<String> r = c.get(p);
                assertEquals(401, r.statusCode(), p);
                assertFalse(r.body().contains("journal"), p + " shows nothing: " + r.body());
                assertHeaders(r);
            }
            HttpResponse<String> health = c.get("/health");
            assertEquals(200, health.statusCode(), health.body());
            assertHeaders(health);
            assertEquals(404, c.get("/nothing-here").statusCode());
            assertEquals(303, c.post("/dlq/resubmit", Map.of("id", "ID:1")).statusCode(), "a POST without session goes to the login");

            // The status token: owner-only file in the data folder, accepted as a bearer token, nothing else is.
            String token = StatusToken.read(live.data);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(StatusToken.file(live.data))));
            assertEquals(200, c.get("/api/status", "Authorization", "Bearer " + token).statusCode());
            assertEquals(401, c.get("/api/status", "Authorization", "Bearer " + token + "x").statusCode());
        }
    }

    @Test
    void csrfLockoutAndSessionExpiry() throws Exception {
        MovingClock clock = new MovingClock(Instant.now());
        try (LiveHarness live = new LiveHarness("web-login", Map.of("web.users", WebUsers.write("login").toString(),
                "web.session.timeout", "30m"), clock)) {
            WebClient c = WebClient.of(live);
            // The login form without its token is refused, with the right password too.
            c.get("/login");
            assertEquals(403, c.post("/login", Map.of("name", "kijker", "password", "pw-kijker")).statusCode());
            assertFalse(c.cookies.containsKey("ijw_session"));

            HttpResponse<String> ok = c.login("kijker", "pw-kijker");
            assertEquals(303, ok.statusCode(), ok.body());
            assertEquals("/traffic", ok.headers().firstValue("Location").orElseThrow());
            String cookie = ok.headers().allValues("Set-Cookie").stream().filter(s -> s.startsWith("ijw_session=")).findFirst().orElseThrow();
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"), cookie);
            HttpResponse<String> page = c.get("/traffic");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Verkeer nu"), "Dutch by default");
            assertTrue(c.get("/traffic?lang=en").body().contains("Traffic now"), "English with ?lang=en");

            // Logout is a POST: without the session's CSRF token it is refused and the session lives on.
            assertEquals(403, c.post("/logout", Map.of()).statusCode());
            assertEquals(403, c.post("/logout", Map.of("csrf", "forged")).statusCode());
            assertEquals(405, c.get("/logout").statusCode(), "a link or an image cannot log out");
            assertEquals(200, c.get("/traffic").statusCode());

            // Idle longer than web.session.timeout: the session is gone.
            clock.now = clock.now.plus(Duration.ofMinutes(31));
            assertEquals(303, c.get("/traffic").statusCode());
            assertEquals(401, c.get("/api/traffic").statusCode());

            // Five wrong passwords, then the right one waits; after five minutes it is let in.
            WebClient guesser = WebClient.of(live);
            for (int i = 1; i <= 5; i++) {
                HttpResponse<String> wrong = guesser.login("zorg-a", "guess-" + i);
                assertEquals(401, wrong.statusCode(), "attempt " + i);
                assertTrue(wrong.body().contains("Gebruikersnaam of wachtwoord onjuist."), wrong.body());
            }
            HttpResponse<String> sixth = guesser.login("zorg-a", "pw-zorg-a");
            assertEquals(429, sixth.statusCode(), "the sixth attempt waits, even with the right password");
            assertEquals("300", sixth.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(sixth.body().contains("Wacht 5 minuut/minuten"), sixth.body());
            assertFalse(guesser.cookies.containsKey("ijw_session"));
            assertEquals(303, WebClient.of(live).login("kijker", "pw-kijker").statusCode(), "another user is not locked");
            clock.now = clock.now.plus(Duration.ofMinutes(5));
            HttpResponse<String> later = guesser.login("zorg-a", "pw-zorg-a");
            assertEquals(303, later.statusCode(), later.body());
            assertEquals(200, guesser.get("/traffic").statusCode());

            // A proper logout ends the session.
            String csrf = WebClient.csrf(guesser.get("/traffic").body());
            assertEquals(303, guesser.post("/logout", Map.of("csrf", csrf)).statusCode());
            assertEquals(303, guesser.get("/traffic").statusCode());
        }
    }

    @Test
    void webDisabledLeavesOnlyHealthAndStatus() throws Exception {
        try (LiveHarness live = new LiveHarness("web-off", Map.of("web.enabled", "false"))) {
            WebClient c = WebClient.of(live);
            assertEquals(404, c.get("/login").statusCode());
            assertEquals(404, c.get("/traffic").statusCode());
            assertEquals(404, c.get("/static/app.css").statusCode());
            assertEquals(200, c.get("/health").statusCode());
            assertEquals(200, c.get("/api/status", "Authorization", "Bearer " + StatusToken.read(live.data)).statusCode());
        }
    }

    static void assertHeaders(HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
    }
}
