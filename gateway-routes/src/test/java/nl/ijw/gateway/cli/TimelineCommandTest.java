package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code timeline} on the Christmas history (see its README): Luuk's allocation got no JW302 (OP090
 * overdue) and his start came one working day late (OP271); Noor's care never started (NO_START).
 */
class TimelineCommandTest {

    static final Path HISTORY = ValidateCommandTest.SAMPLES.resolve("histories/sap-overdue-and-retroactive");
    static final String LUUK = "193793337";
    static final String NOOR = "318473434";

    @TempDir
    Path tmp;

    @Test
    void byAllocationNumberTheStoryOfLuukWithHisFindingsAndTheMissingRetour() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("timeline", HISTORY.toString(), "--toewijzing", "48210604");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Timeline of client ******337 (allocations 48210604)"), r.out());
        assertFalse(r.out().contains(LUUK), "the BSN is masked");
        List<String> lines = r.lines();
        int allocation = indexOf(lines, "JW301 Toewijzing  0599 -> 41836207  Identificatie G26T12232  ACCEPTED");
        int start = indexOf(lines, "JW305 Start levering  41836207 -> 0599");
        assertTrue(allocation < start, "receipt order");
        List<String> ofAllocation = lines.subList(allocation, start);
        assertTrue(ofAllocation.contains("    retour: none yet"), ofAllocation.toString());
        // Who owes it: the provider's retour to the allocation, not something to put to the municipality.
        assertTrue(ofAllocation.contains("  ! OP090 due 2026-12-29: OVERDUE, not arrived from 41836207 (4 working days overdue)"),
                ofAllocation.toString());
        assertTrue(ofAllocation.contains("  ! OP271 due 2026-12-31: LATE, arrived 2027-01-04 (1 working day late)"),
                ofAllocation.toString());
        assertTrue(lines.subList(start, lines.size()).contains("    retour JW306 2027-01-05 10:00, codes 0200"),
                r.out());
        assertTrue(r.out().contains("2 messages, 2 SAP findings"), r.out());
    }

    @Test
    void everyDeadlineSaysWhoHadToSendTheAwaitedMessage() throws IOException {
        ValidateCommandTest.Run r = ValidateCommandTest.run("timeline", HISTORY.toString(), "--bsn", LUUK, "--json");
        assertEquals(0, r.code(), r.err());
        List<String> owed = new java.util.ArrayList<>();
        for (JsonNode e : new ObjectMapper().readTree(r.out()).get("entries")) {
            for (JsonNode d : e.get("deadlines")) {
                owed.add(e.get("messageType").asText() + " " + d.get("rule").asText() + " " + d.get("awaitedFrom").asText());
            }
        }
        assertTrue(owed.contains("JW301 OP090 41836207"), owed.toString()); // the provider's retour to the allocation
        assertTrue(owed.contains("JW305 OP090 0599"), owed.toString()); // the municipality's retour to the start
    }

    /**
     * Task-based care: a start whose product names no ToewijzingNummer has no delivery row, and a
     * client with only such care read "No message about client", which was not so.
     */
    @Test
    void aTaskBasedStartIsOnTheTimeline() throws IOException {
        Path history = tmp.resolve("h");
        assertEquals(0, ValidateCommandTest.run("generate", "--clients", "5", "--months", "2", "--seed", "3",
                "--out", history.toString()).code());
        String bsn = null;
        try (var files = Files.walk(history.resolve("messages"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("jw305.xml")).sorted().toList()) {
                String xml = Files.readString(f);
                if (!xml.contains("ToewijzingNummer")) {
                    bsn = xml.replaceAll("(?s).*<jw305:Bsn>(\\d{9})</jw305:Bsn>.*", "$1");
                    break;
                }
            }
        }
        assertTrue(bsn != null && bsn.matches("\\d{9}"), "the generated history holds a task-based start: " + bsn);
        ValidateCommandTest.Run r = ValidateCommandTest.run("timeline", history.toString(), "--bsn", bsn);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("start of care (JW305) without ToewijzingNummer (task-based): linked to no allocation"),
                r.out());
    }

    @Test
    void anUnknownClientIsSaidInOneSentence() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("timeline", HISTORY.toString(), "--bsn", "999999990");
        assertEquals(1, r.code(), r.err());
        assertEquals("No message about client ******990 in the history " + HISTORY
                + "; check the BSN, or find the client by --toewijzing", r.err().strip());
    }

    @Test
    void jsonOfAnAllocationWithoutStart() throws IOException {
        ValidateCommandTest.Run r = ValidateCommandTest.run("timeline", HISTORY.toString(), "--bsn", NOOR, "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("******434", j.get("bsnMasked").asText());
        assertFalse(r.out().contains(NOOR));
        assertEquals(1, j.get("entries").size());
        List<String> outcomes = new ArrayList<>();
        j.get("entries").get(0).get("deadlines").forEach(d -> outcomes.add(d.get("rule").asText() + " "
                + d.get("outcome").asText() + " " + d.get("workingDaysLate").asInt()));
        assertEquals(List.of("OP090 ON_TIME 0", "OP271 WITHOUT_START 0", "NO_START WARNING 1"), outcomes);
        // The municipality's JW301 gets no gateway-made JW302 (replay --serves municipalities): only the provider's own.
        JsonNode retours = j.get("entries").get(0).get("retours");
        assertEquals(1, retours.size(), retours.toString());
        assertFalse(retours.get(0).get("fromGateway").asBoolean());
        assertEquals("0200", retours.get(0).get("codes").get(0).asText());
    }

    @Test
    void unmaskedOnlyWithALineInTheAccessLogThatHoldsNoBsn() throws IOException {
        Path log = tmp.resolve("access.log");
        ValidateCommandTest.Run r = ValidateCommandTest.run("timeline", HISTORY.toString(), "--bsn", NOOR, "--unmask",
                "--access-log", log.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Timeline of client " + NOOR), r.out());
        String line = Files.readString(log);
        assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ user=\\S+ command=timeline --unmask"
                + " client=\\*{6}434 allocations=48210602\n"), line);
        assertFalse(line.contains(NOOR));
    }

    /**
     * A replay's output folder knows nothing after its history ended: as of now (a year later, say)
     * every deadline since would be overdue. Its default as-of is its last receipt, as for the history.
     */
    @Test
    void aReplaysOutputFolderStandsAtItsLastMessageNotAtNow() throws IOException {
        Path data = tmp.resolve("data");
        assertEquals(0, ValidateCommandTest.run("replay", HISTORY.toString(), "--out", data.toString()).code());
        ValidateCommandTest.Run fromData = ValidateCommandTest.run("timeline", "--data", data.toString(), "--bsn", LUUK,
                "--json");
        ValidateCommandTest.Run fromHistory = ValidateCommandTest.run("timeline", HISTORY.toString(), "--bsn", LUUK,
                "--json");
        assertEquals(0, fromData.code(), fromData.err());
        assertTrue(fromData.err().contains("holds a replay; as of its last message, received 2027-01-05T10:00:00+01:00,"
                + " not now"), fromData.err());
        ObjectMapper m = new ObjectMapper();
        assertEquals(m.readTree(fromHistory.out()).get("asOf"), m.readTree(fromData.out()).get("asOf"));
        assertEquals(m.readTree(fromHistory.out()).get("entries"), m.readTree(fromData.out()).get("entries"));

        ValidateCommandTest.Run reportData = ValidateCommandTest.run("sap-report", data.toString());
        ValidateCommandTest.Run reportHistory = ValidateCommandTest.run("sap-report", HISTORY.toString());
        assertEquals(0, reportData.code(), reportData.err());
        assertTrue(reportData.err().contains("holds a replay"), reportData.err());
        JsonNode a = m.readTree(reportData.out());
        JsonNode b = m.readTree(reportHistory.out());
        assertEquals(b.get("asOf"), a.get("asOf"));
        assertEquals(b.get("totals"), a.get("totals"), "no overdue made up after the history's end");
        assertEquals(b.get("items"), a.get("items"));
    }

    @Test
    void aDataDirectoryGivesTheSameStoryAsTheHistory() throws IOException {
        Path data = tmp.resolve("data");
        assertEquals(0, ValidateCommandTest.run("replay", HISTORY.toString(), "--out", data.toString()).code());
        ValidateCommandTest.Run fromData = ValidateCommandTest.run("timeline", "--data", data.toString(), "--bsn", LUUK,
                "--json", "--as-of", "2027-01-05T10:00");
        ValidateCommandTest.Run fromHistory = ValidateCommandTest.run("timeline", HISTORY.toString(), "--bsn", LUUK,
                "--json");
        assertEquals(0, fromData.code(), fromData.err());
        ObjectMapper m = new ObjectMapper();
        assertEquals(m.readTree(fromHistory.out()).get("entries"), m.readTree(fromData.out()).get("entries"));
    }

    @Test
    void replayWritesTheHtmlReportWithTheSameFiguresAsSapReport() throws IOException {
        Path html = tmp.resolve("replay.html");
        Path sap = tmp.resolve("sap.html");
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay", HISTORY.toString(), "--out",
                tmp.resolve("out").toString(), "--html", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("SAP compliance report -> " + html), r.out());
        assertEquals(0, ValidateCommandTest.run("sap-report", HISTORY.toString(), "--format", "html", "--out",
                sap.toString()).code());
        String replayed = Files.readString(html);
        assertTrue(replayed.contains("id=\"drilldown\""));
        // Ranked on what the provider owed itself (62.5 %), not over both sides (56.3 %).
        assertTrue(replayed.contains("<td class=\"num\" data-sort=\"62.5\">62,5 %</td>"), "ranking, Dutch");
        // The same page but for the basis line, which names the temporary store of sap-report.
        assertEquals(Files.readString(sap).replaceAll("(?s)<dt>Grondslag.*?</dd>", ""),
                replayed.replaceAll("(?s)<dt>Grondslag.*?</dd>", ""));
        assertFalse(replayed.contains(LUUK) || replayed.contains(NOOR), "never a BSN in clear");
    }

    /** README: the page's dates are Dutch (12-03-2026), in the Dutch text and the English beside it; JSON keeps ISO. */
    @Test
    void theHtmlReportPrintsEveryDateTheDutchWay() throws IOException {
        Path html = tmp.resolve("report.html");
        assertEquals(0, ValidateCommandTest.run("sap-report", HISTORY.toString(), "--format", "html", "--out",
                html.toString(), "--from", "2026-12-01", "--to", "2027-01-31").code());
        String text = Files.readString(html).replaceAll("(?s)<(script|style)>.*?</\\1>", "").replaceAll("<[^>]*>", " ");
        java.util.regex.Matcher iso = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text);
        assertFalse(iso.find(), () -> "an ISO date in the page's text: ..." + text.substring(Math.max(0, iso.start() - 80),
                Math.min(text.length(), iso.end() + 40)) + "...");
        for (String shown : List.of("OP090 due 29-12-2026: OVERDUE", "JW306 05-01-2027 10:00", "from 01-12-2026",
                "up to and including 31-01-2027", "t/m 31-01-2027")) {
            assertTrue(text.contains(shown), shown);
        }
        assertTrue(text.matches("(?s).*ontvangen \\d\\d-\\d\\d-\\d{4} t/m \\d\\d-\\d\\d-\\d{4}.*"), "the basis, Dutch");
        String json = ValidateCommandTest.run("sap-report", HISTORY.toString()).out();
        assertTrue(json.contains("\"due\" : \"2026-12-29\"") || json.contains("\"due\":\"2026-12-29\""), "JSON stays ISO");
    }

    @Test
    void aRejectedMessageIsInTheStoryThoughTheStateHoldsNothingOfIt() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("timeline",
                ValidateCommandTest.SAMPLES.resolve("histories/rule-violations").toString(), "--bsn", "264819378",
                "--allocations-complete");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        int start = indexOf(lines, "JW305 Start levering  41836207 -> 0599  Identificatie AB2600901  REJECTED");
        assertEquals("    rejected: names this client; what was refused is not in the state", lines.get(start + 1));
        assertTrue(lines.get(start + 2).contains("(sent by the gateway), codes 0200 9019 0200"), lines.get(start + 2));
    }

    @Test
    void anUnknownAllocationNumberSaysSoInWords() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("timeline", HISTORY.toString(), "--toewijzing", "99999999");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("No allocation with ToewijzingNummer 99999999"), r.err());
        ValidateCommandTest.Run both = ValidateCommandTest.run("timeline", HISTORY.toString(), "--bsn", NOOR,
                "--toewijzing", "48210602");
        assertEquals(2, both.code());
    }

    @Test
    void aNumberThatCannotBeABsnOrToewijzingNummerIsRefusedBeforeAnyReplay() {
        String none = tmp.resolve("not-even-a-history").toString(); // checked first, so never reached
        ValidateCommandTest.Run shortBsn = ValidateCommandTest.run("timeline", none, "--bsn", "12345");
        assertEquals(2, shortBsn.code(), shortBsn.err());
        assertTrue(shortBsn.err().contains("--bsn: not a BSN (5 characters); a BSN has 9 digits"), shortBsn.err());
        assertFalse(shortBsn.err().contains("12345"), "a mistyped BSN is not echoed: " + shortBsn.err());
        ValidateCommandTest.Run letters = ValidateCommandTest.run("timeline", none, "--toewijzing", "4821O602");
        assertEquals(2, letters.code(), letters.err());
        assertTrue(letters.err().contains("--toewijzing '4821O602' is not a ToewijzingNummer"), letters.err());
        ValidateCommandTest.Run elf = ValidateCommandTest.run("timeline", HISTORY.toString(), "--bsn", "193793338");
        assertEquals(1, elf.code(), elf.err());
        assertTrue(elf.err().contains("warning: --bsn ******338 does not pass the elfproef"), elf.err());
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part + " in " + lines);
    }
}
