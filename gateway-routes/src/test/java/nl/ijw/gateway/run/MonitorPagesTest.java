package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.monitor.Scope;
import nl.ijw.gateway.web.EnglishWords;
import nl.ijw.gateway.web.Role;
import nl.ijw.gateway.web.UsersFile;
import nl.ijw.gateway.web.WebUser;

/**
 * Compliance, worklist, client timeline and access log over HTTP, on a live gateway over a
 * replayed three-month history: {@code *} sees exactly sap-report's JSON, a provider only its own
 * figures and clients (another provider's allocation answers 404), a municipality the others as
 * one total; a privacy officer's unmasked view is in the access log and its export.
 */
class MonitorPagesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static MonitorHistory history;
    static LiveHarness live;
    static String providerA;
    static String providerB;
    static String municipality;

    @BeforeAll
    static void start() throws Exception {
        history = MonitorHistory.make("monitor-pages");
        Path users = history.data().resolveSibling("users.txt");
        live = history.start(users);
        List<String> providers = MonitorHistory.query(live, "SELECT DISTINCT aanbieder FROM allocation ORDER BY 1");
        providerA = providers.get(0);
        providerB = providers.get(1);
        municipality = MonitorHistory.query(live, "SELECT DISTINCT gemeente FROM allocation ORDER BY 1").get(0);
        add(users, "alles", Role.VIEWER, "*");
        add(users, "zorg-a", Role.VIEWER, providerA);
        add(users, "gemeente", Role.VIEWER, municipality);
        add(users, "privacy", Role.PRIVACY_OFFICER, "*");
    }

    static void add(Path f, String name, Role role, String scope) throws Exception {
        UsersFile.add(f, new WebUser(name, role, Scope.parse(scope), UsersFile.hash(("pw-" + name).toCharArray(), 4)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (live != null) {
            live.close();
        }
    }

    static WebClient as(String user) throws Exception {
        WebClient c = WebClient.of(live);
        assertEquals(303, c.login(user, "pw-" + user).statusCode(), user);
        return c;
    }

    @Test
    void everythingIsSapReportsJsonAndThePageShowsItsFigures() throws Exception {
        WebClient c = as("alles");
        HttpResponse<String> api = c.get("/api/compliance");
        assertEquals(200, api.statusCode());
        assertEquals(history.sapReportJson(), api.body(), "the same report as sap-report on the same store");
        JsonNode json = JSON.readTree(api.body());
        String page = c.get("/compliance").body();
        int rows = page.split("id=\"ranking\"")[1].split("</table>")[0].split("<tr>").length - 2;
        assertEquals(json.get("ranking").size(), rows, "one ranking row per provider");
        String first = json.get("ranking").get(0).asText();
        JsonNode totals = null;
        for (JsonNode p : json.get("providers")) {
            if (p.get("provider").asText().equals(first)) {
                for (JsonNode t : p.get("totals")) {
                    if (t.get("awaitedFrom").asText().equals("PROVIDER")) { // ranked on what it owed itself
                        totals = t;
                    }
                }
            }
        }
        String worst = totals.get("onTimePercent").decimalValue().toPlainString().replace('.', ',') + " %";
        String firstRow = page.split("id=\"ranking\"")[1].split("<tbody>")[1].split("</tr>")[0];
        assertEquals("<tr><td>" + first + "</td><td>" + worst + "</td>", firstRow.substring(0, firstRow.indexOf("</td>", firstRow.indexOf("</td>") + 5) + 5),
                "the worst provider first, with its Dutch percentage");
        assertTrue(page.contains("<svg class=\"chart\" id=\"trend-chart\""), "the trend chart");
    }

    @Test
    void aProviderSeesOnlyItsOwnFiguresClientsAndWorklist() throws Exception {
        WebClient c = as("zorg-a");
        JsonNode json = JSON.readTree(c.get("/api/compliance").body());
        assertEquals(1, json.get("ranking").size(), json.get("ranking").toString());
        assertEquals(providerA, json.get("ranking").get(0).asText());
        assertFalse(c.get("/compliance").body().contains(providerB));

        String own = MonitorHistory.query(live, "SELECT toewijzing_nummer FROM allocation WHERE aanbieder = '" + providerA + "'").get(0);
        String other = MonitorHistory.query(live, "SELECT toewijzing_nummer FROM allocation WHERE aanbieder = '" + providerB + "'").get(0);
        assertEquals(200, c.get("/timeline?nr=" + own).statusCode());
        HttpResponse<String> tampered = c.get("/timeline?nr=" + other);
        assertEquals(404, tampered.statusCode(), "another provider's allocation");
        assertEquals(c.get("/timeline?nr=99999999").body().replace("99999999", "X"), tampered.body().replace(other, "X"),
                "answered exactly as an unknown number");
        String otherBsn = MonitorHistory.query(live, "SELECT bsn FROM allocation WHERE aanbieder = '" + providerB + "'").get(0);
        String csrf = WebClient.csrf(c.get("/timeline").body());
        assertEquals(404, c.post("/timeline", Map.of("csrf", csrf, "kind", "bsn", "q", otherBsn)).statusCode());
        assertEquals(403, c.post("/timeline", Map.of("csrf", csrf, "kind", "nr", "q", own, "why", "curious")).statusCode(),
                "a viewer cannot unmask");
        assertEquals(403, c.get("/access-log").statusCode());

        HttpResponse<String> csv = c.get("/worklist?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        assertFalse(csv.body().contains(providerB), "only its own items");
        HttpResponse<String> xlsx = c.get("/worklist?format=xlsx");
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        String page = c.get("/worklist").body();
        assertFalse(page.contains(providerB));
        assertNoStartIsNotCalledOverdue(page);
        assertFalse(page.matches("(?s).*\\b" + otherBsn + "\\b.*"), "no BSN in clear");
    }

    @Test
    void aMunicipalitySeesTheOthersAsOneTotal() throws Exception {
        WebClient c = as("gemeente");
        String page = c.get("/compliance").body();
        assertTrue(page.contains("Overige 2 gemeente(n) van deze gateway (alleen totalen)"), page);
    }

    @Test
    void anUnmaskedViewIsInTheAccessLogAndItsExport() throws Exception {
        WebClient c = as("privacy");
        String nr = MonitorHistory.query(live, "SELECT toewijzing_nummer FROM allocation ORDER BY 1").get(0);
        String bsn = MonitorHistory.query(live, "SELECT bsn FROM allocation WHERE toewijzing_nummer = " + nr).get(0);
        String masked = c.get("/timeline?nr=" + nr).body();
        assertFalse(masked.contains(bsn), "masked until a reason is given");
        assertEquals(List.of(), EnglishWords.in(EnglishWords.timelineSection(masked)), "the Dutch page's events in Dutch: " + masked);
        assertTrue(masked.contains("termijn "), masked);
        String english = EnglishWords.timelineSection(c.get("/timeline?nr=" + nr + "&lang=en").body());
        assertTrue(english.contains(" due ") && !EnglishWords.in(english).isEmpty(), "the English page stays English: " + english);
        c.get("/timeline?lang=nl");
        assertTrue(masked.contains("name=\"why\""), "the privacy officer may unmask");
        String csrf = WebClient.csrf(masked);
        HttpResponse<String> noReason = c.post("/timeline", Map.of("csrf", csrf, "kind", "nr", "q", nr, "why", "  "));
        assertEquals(400, noReason.statusCode(), "the unmask form without a reason is said, not quietly masked");
        assertTrue(noReason.body().contains("Geef een reden om het BSN te tonen"), noReason.body());
        assertFalse(noReason.body().contains(bsn), "still masked");
        HttpResponse<String> shown = c.post("/timeline", Map.of("csrf", csrf, "kind", "nr", "q", nr, "why", "klacht 2026-17"));
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("Cliënt " + bsn), "shown in clear");
        String log = c.get("/access-log").body();
        assertTrue(log.contains(bsn) && log.contains("klacht 2026-17") && log.contains("privacy"), log);
        assertTrue(log.contains("cliëntverloop, gezocht op ToewijzingNummer " + nr) && log.contains("privacyfunctionaris"), log);
        assertEquals(List.of(), EnglishWords.in(log.substring(log.indexOf("<table id=\"accesslog\">"))), log);
        String en = c.get("/access-log?lang=en").body();
        assertTrue(en.contains("client timeline, search by ToewijzingNummer " + nr) && en.contains("privacy officer"), en);
        c.get("/access-log?lang=nl");
        HttpResponse<String> csv = c.get("/access-log?format=csv");
        assertTrue(csv.body().contains(bsn) && csv.body().contains("klacht 2026-17"), csv.body());
        assertEquals(List.of("privacy " + bsn + " klacht 2026-17"),
                MonitorHistory.query(live, "SELECT user_name, bsn, reason FROM access_log"));
    }

    /** The allocations without start are listed with a start-by date, never as time over a deadline. */
    private static void assertNoStartIsNotCalledOverdue(String page) {
        int at = page.indexOf("<table id=\"nostart\"");
        assertTrue(at > 0, "the viewer has allocations without start in this history: " + page);
        String table = page.substring(at, page.indexOf("</table>", at));
        assertTrue(table.contains("Start verwacht uiterlijk") && table.contains("Werkdagen sindsdien"), table);
        assertFalse(table.contains("over tijd"), table);
    }
}
