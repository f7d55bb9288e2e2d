package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.testing.MovingClock;
import nl.ijw.gateway.cli.Main;
import nl.ijw.gateway.export.JournalExport;
import nl.ijw.gateway.export.Pseudonymiser;
import nl.ijw.gateway.generate.HistoryGenerator;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.store.DatabaseConfig;

/**
 * Generated traffic with late and missing messages through the real live gateway over the queue,
 * then {@code export} of its journal and {@code replay} of the export: the replay finds what the
 * live gateway journaled (rejections) and signalled (LATE, OVERDUE, WARNING), field for field;
 * pseudonymised too, but for the BSN and the texts that name it.
 *
 * <p>The as-of is made alike, not assumed: the live watch runs at the wall clock (here every
 * 200 ms of a clock the test moves from one receipt time, whole seconds, to the next, so it runs
 * before each message), a replay's before the first message of each day and at the end of the history. Both
 * decide by date, so a live watch that runs before each message and once more on the last day
 * reports what the replay reports. The live signals are read as the replay reports them: one
 * finding per breach (an OVERDUE and its later LATE are one LATE with overdueSince; an OVERDUE whose
 * expectation ended without the message, a withdrawn allocation, is left out), as
 * {@code OneFindingPerBreach} does.
 */
class LiveExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rejected inputs: schema-invalid, a header without Ontvanger, no XML at all. */
    private static final List<String> BAD = List.of("invalid/jw305-bsn-8-digits.xml", "invalid/jw301-missing-ontvanger.xml",
            "invalid/empty.xml");

    @TempDir
    Path tmp;

    @Test
    void theReplayOfAnExportFindsWhatTheLiveGatewayFound() throws Exception {
        Path traffic = tmp.resolve("traffic");
        new HistoryGenerator(new HistoryGenerator.Settings(45, 4, 2, 6, 17, 0.25, 0.1, LocalDate.of(2026, 1, 1)))
                .write(traffic);
        Manifest manifest = Manifest.read(traffic);
        assertTrue(manifest.entries().size() >= 200, "a few hundred messages: " + manifest.entries().size());

        Path data;
        List<String> live;
        Instant end;
        MovingClock clock = new MovingClock(
                manifest.entries().get(0).receivedAt());
        try (LiveHarness gw = new LiveHarness("export", Map.of("watch.interval", "200ms", "folder.enabled", "false"), clock)) {
            data = gw.data;
            long taken = 0;
            int n = 0;
            for (Manifest.Entry e : manifest.entries()) {
                clock.now = e.receivedAt();
                awaitWatch(gw, clock.now);
                gw.send(Files.readAllBytes(e.path()));
                awaitTaken(gw, ++taken);
                if (++n % 80 == 0) { // the generated traffic is valid: mix in what the gateway rejects
                    for (String bad : BAD) {
                        gw.send(LiveHarness.sample(bad));
                        awaitTaken(gw, ++taken);
                    }
                }
            }
            end = clock.now.plusSeconds(1); // the last day's own watch, as the replay's at the end of history
            clock.now = end;
            awaitWatch(gw, end);
            gw.awaitPublished(30_000);
        }
        live = liveFindings(data);
        assertTrue(live.stream().anyMatch(f -> f.startsWith("LATE ")), "late messages were signalled: " + live);
        assertTrue(live.stream().anyMatch(f -> f.startsWith("OVERDUE ")), "missing ones too: " + live);
        assertTrue(live.stream().anyMatch(f -> f.startsWith("REJECTED ")), "and some were rejected: " + live);

        Path export = tmp.resolve("export");
        Run x = cli("export", "--data", data.toString(), "--out", export.toString());
        assertEquals(0, x.code(), x.err());
        Path replayed = tmp.resolve("replayed");
        Run r = cli("replay", export.toString(), "--quiet", "--out", replayed.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(live, replayFindings(replayed, false), "the replay of the export decides as the live gateway did");

        Path pseudo = tmp.resolve("pseudo");
        new JournalExport(data, null, null, new Pseudonymiser("a secret of the municipality, for the test")).write(pseudo);
        Set<String> bsns = bsns(export);
        assertTrue(bsns.stream().noneMatch(bsns(pseudo)::contains), "no real BSN in the pseudonymised export");
        Path again = tmp.resolve("again");
        Run p = cli("replay", pseudo.toString(), "--quiet", "--out", again.toString());
        assertEquals(0, p.code(), p.err());
        assertEquals(withoutPersonal(live), replayFindings(again, true), "pseudonymised: the same findings");
    }

    /** When the watch is due at {@code now}, waits until it ran at it. */
    private static void awaitWatch(LiveHarness gw, Instant now) throws InterruptedException {
        ScheduledWatch w = gw.gateway.watch();
        Instant due = w.due();
        if (due != null && now.isBefore(due)) {
            return;
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (!now.equals(w.lastRun())) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the watch did not run at " + now + "; last " + w.lastRun());
            }
            Thread.sleep(2);
        }
    }

    /** Waits until the gateway journaled this many inputs. */
    private static void awaitTaken(LiveHarness gw, long n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (inputs(gw) < n) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("input " + n + " not journaled in time");
            }
            Thread.sleep(2);
        }
    }

    @SuppressWarnings("unchecked")
    private static long inputs(LiveHarness gw) {
        Object counts = gw.gateway.status(java.time.Clock.systemUTC()).get("journal");
        long n = 0;
        for (Map<String, Object> c : (List<Map<String, Object>>) counts) {
            n += ((Number) c.get("total")).longValue();
        }
        return n;
    }

    /** What the live gateway journaled (rejections) and signalled, one finding per breach, sorted. */
    private static List<String> liveFindings(Path data) throws Exception {
        DatabaseConfig db = DatabaseConfig.h2File(data);
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT message_type, identificatie, sender, receiver, findings_json"
                    + " FROM journal WHERE direction = 'IN' AND verdict = 'REJECTED' ORDER BY id")) {
                while (rs.next()) {
                    for (JsonNode f : JSON.readTree(rs.getString(5))) {
                        if (f.path("severity").asText().equals("ERROR")) {
                            out.add(rejected(f.path("rule").asText(), f.path("retourCode").asText(null), rs.getString(1),
                                    rs.getString(2), rs.getString(3), rs.getString(4), f.path("toewijzingNummer").asText(null),
                                    f.path("referentie").asText(null), emptyAsNull(f.path("path").asText(null)),
                                    f.path("bsnMasked").asText(null)));
                        }
                    }
                }
            }
            Map<Long, String> awaited = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT id, status FROM sap_expectation")) {
                while (rs.next()) {
                    awaited.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<Long, JsonNode> overdue = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT payload FROM outbox WHERE kind = 'SIGNAL' ORDER BY id")) {
                while (rs.next()) {
                    JsonNode s = JSON.readTree(new String(rs.getBytes(1), StandardCharsets.UTF_8));
                    String kind = s.path("kind").asText();
                    if (kind.equals("OVERDUE")) {
                        overdue.put(s.path("expectationId").asLong(), s);
                        continue;
                    }
                    if (kind.equals("LATE")) {
                        overdue.remove(s.path("expectationId").asLong());
                    }
                    out.add(sap(s));
                }
            }
            overdue.forEach((id, s) -> {
                String status = awaited.get(id);
                if (status.equals("OPEN") || status.equals("OVERDUE")) {
                    out.add(sap(s));
                }
            });
        }
        out.sort(null);
        return out;
    }

    private static String sap(JsonNode s) {
        return String.join(" ", s.path("kind").asText(), s.path("rule").asText(), s.path("messageType").asText(),
                s.path("messageId").asText(), parties(s.path("provider").asText(null), s.path("municipality").asText(null)),
                "toewijzing=" + s.path("toewijzingNummer").asText(null), "due=" + s.path("due").asText(),
                "actual=" + s.path("actual").asText(null), "days=" + s.path("workingDaysLate").asInt(),
                "overdueSince=" + s.path("overdueSince").asText(null));
    }

    private static String rejected(String rule, String retourCode, String type, String id, String sender, String receiver,
                                   String toewijzing, String referentie, String path, String bsnMasked) {
        return String.join(" ", "REJECTED", rule, "code=" + retourCode, type, id, parties(sender, receiver),
                "toewijzing=" + toewijzing, "referentie=" + referentie, "path=" + path, "bsn=" + bsnMasked);
    }

    /** The journal keeps an empty path where the report leaves the field out (a message with no elements). */
    private static String emptyAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String parties(String a, String b) {
        return new TreeSet<>(java.util.Arrays.asList(a == null ? "-" : a, b == null ? "-" : b)).toString();
    }

    /** The replay's report in the same words. */
    private static List<String> replayFindings(Path out, boolean pseudonymised) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode f : JSON.readTree(out.resolve("report.json").toFile()).get("findings")) {
            String kind = f.path("kind").asText();
            if (kind.equals("REJECTED")) {
                found.add(rejected(f.path("rule").asText(), f.path("retourCode").asText(null), f.path("messageType").asText(null),
                        f.path("messageId").asText(null), f.path("sender").asText(null), f.path("receiver").asText(null),
                        f.path("toewijzingNummer").asText(null), f.path("referentie").asText(null),
                        f.path("path").asText(null), pseudonymised ? null : f.path("bsnMasked").asText(null)));
            } else {
                found.add(String.join(" ", kind, f.path("rule").asText(), f.path("messageType").asText(),
                        f.path("messageId").asText(), parties(f.path("sender").asText(null), f.path("receiver").asText(null)),
                        "toewijzing=" + f.path("toewijzingNummer").asText(null), "due=" + f.path("due").asText(),
                        "actual=" + f.path("actual").asText(null), "days=" + f.path("workingDaysLate").asInt(),
                        "overdueSince=" + f.path("overdueSince").asText(null)));
            }
        }
        found.sort(null);
        return found;
    }

    /** The live findings without what a pseudonym changes: the masked BSN. */
    private static List<String> withoutPersonal(List<String> live) {
        return live.stream().map(f -> f.replaceAll(" bsn=\\S+$", " bsn=null")).sorted().toList();
    }

    private static Set<String> bsns(Path history) throws Exception {
        Set<String> out = new TreeSet<>();
        java.util.regex.Pattern bsn = java.util.regex.Pattern.compile("Bsn>(\\d{9})<");
        try (var files = Files.walk(history)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                var m = bsn.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
