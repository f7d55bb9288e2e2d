package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sap-report} on the rule-violations history (one provider, 41836207, and Rotterdam, 0599),
 * as of its last receipt, Wednesday 1 July 2026: the municipality answered the request (OP274) and
 * the provider started care (OP271) on time; the retours to the VOT and the accepted start never
 * came, nor the retour to the allocation; the stop (OP272, due 7 August) is still pending. The
 * rejected messages (not forwarded) await no retour or JW325.
 */
class SapReportCommandTest {

    static final Path HISTORY = ValidateCommandTest.SAMPLES.resolve("histories/rule-violations");

    static final List<String> CSV = List.of(
            "provider,rule,awaitedFrom,due,onTime,late,overdue,pending,withoutStart,onTimePercent,medianWorkingDaysLate,p90WorkingDaysLate,"
                    + "asOfDate,periodFrom,periodTo",
            "41836207,OP090,PROVIDER,1,0,0,1,0,0,0.0,,,2026-07-01,,",
            "41836207,OP090,MUNICIPALITY,2,0,0,2,0,0,0.0,,,2026-07-01,,",
            "41836207,OP271,PROVIDER,1,1,0,0,0,0,100.0,,,2026-07-01,,",
            "41836207,OP272,PROVIDER,0,0,0,0,1,0,,,,2026-07-01,,",
            "41836207,OP274,MUNICIPALITY,1,1,0,0,0,0,100.0,,,2026-07-01,,",
            "41836207,TOTAL,PROVIDER,2,1,0,1,1,0,50.0,,,2026-07-01,,",
            "41836207,TOTAL,MUNICIPALITY,3,1,0,2,0,0,33.3,,,2026-07-01,,",
            "41836207,TOTAL,ALL,5,2,0,3,1,0,40.0,,,2026-07-01,,",
            "ALL,TOTAL,PROVIDER,2,1,0,1,1,0,50.0,,,2026-07-01,,",
            "ALL,TOTAL,MUNICIPALITY,3,1,0,2,0,0,33.3,,,2026-07-01,,",
            "ALL,TOTAL,ALL,5,2,0,3,1,0,40.0,,,2026-07-01,,");

    @TempDir
    Path tmp;

    /** The rule-violations history begins with its allocations, so every run tells the gateway it holds them all. */
    static ValidateCommandTest.Run run(String... args) {
        if (args.length < 2) {
            return ValidateCommandTest.run(args);
        }
        String[] complete = java.util.Arrays.copyOf(args, args.length + 1);
        complete[args.length] = "--allocations-complete";
        return ValidateCommandTest.run(complete);
    }

    @Test
    void csvOfAHistory() {
        ValidateCommandTest.Run r = run("sap-report", HISTORY.toString(), "--format", "csv", "--csv-separator", ",");
        assertEquals(0, r.code(), r.err());
        assertEquals(CSV, r.lines());
    }

    @Test
    void csvForDutchExcelBySemicolonWithDecimalCommaAndAByteOrderMarkInAFile() throws IOException {
        ValidateCommandTest.Run r = run("sap-report", HISTORY.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(CSV.get(CSV.size() - 1).replace(',', ';').replace("40.0", "40,0"), r.lines().get(r.lines().size() - 1));
        Path out = tmp.resolve("report.csv");
        assertEquals(0, run("sap-report", HISTORY.toString(), "--format", "csv", "--out", out.toString()).code());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF), "UTF-8 BOM");
        assertEquals(2, run("sap-report", HISTORY.toString(), "--format", "csv", "--csv-separator", "|").code());
    }

    @Test
    void jsonOfAHistory() throws IOException {
        ValidateCommandTest.Run r = run("sap-report", HISTORY.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("2026-07-01T10:00:00+02:00", j.get("asOf").asText(), "the last receipt time");
        assertEquals("HISTORY", j.get("basis").get("source").asText());
        assertEquals(11, j.get("basis").get("messages").asInt());
        JsonNode p = j.get("providers").get(0);
        assertEquals("41836207", p.get("provider").asText());
        assertEquals(5, p.get("rows").size());
        JsonNode all = j.get("totals").get(2);
        assertEquals("ALL", all.get("awaitedFrom").asText());
        assertEquals(5, all.get("due").asInt());
        assertEquals(2, all.get("onTime").asInt());
        assertEquals(0, all.get("late").asInt());
        assertEquals(3, all.get("overdue").asInt());
        assertEquals(1, all.get("pending").asInt());
        assertEquals("40.0", all.get("onTimePercent").decimalValue().toPlainString());
        assertTrue(all.get("medianWorkingDaysLate").isNull());
        for (String bsn : bsns()) {
            assertFalse(r.out().contains(bsn), "never a BSN: " + bsn);
        }
    }

    /** The BSNs in the history's messages. */
    static List<String> bsns() throws IOException {
        Pattern bsn = Pattern.compile("Bsn>(\\d+)<");
        try (var files = Files.list(HISTORY.resolve("messages"))) {
            List<String> found = files.flatMap(f -> {
                try {
                    return bsn.matcher(Files.readString(f)).results().map(m -> m.group(1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).distinct().toList();
            assertTrue(found.contains("264819378"), found.toString());
            return found;
        }
    }

    @Test
    void aWrongOutPathIsRefusedBeforeTheHistoryIsReplayed() throws IOException {
        // A history the replay would refuse only once it reads the manifest: the --out error must come first.
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("manifest.csv"), "receivedAt,file\nnot-a-time,messages/a.xml\n");
        ValidateCommandTest.Run r = run("sap-report", broken.toString(), "--out", tmp.resolve("none/r.json").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: Cannot write the report to --out " + tmp.resolve("none/r.json") + ": its folder "
                + tmp.resolve("none") + " does not exist; create it first, or give another path", r.err().strip());
    }

    @Test
    void theSummarySaysThePeriodInWords() throws IOException {
        Path out = tmp.resolve("period.json");
        ValidateCommandTest.Run from = run("sap-report", HISTORY.toString(), "--from", "2026-03-01", "--out", out.toString());
        assertEquals(0, from.code(), from.err());
        assertTrue(from.out().strip().endsWith("; due dates from 2026-03-01 -> " + out), from.out());
        ValidateCommandTest.Run both = run("sap-report", HISTORY.toString(), "--from", "2026-03-01", "--to", "2026-06-30",
                "--out", out.toString());
        assertTrue(both.out().strip().endsWith("; due dates 2026-03-01 to 2026-06-30 -> " + out), both.out());
        ValidateCommandTest.Run to = run("sap-report", HISTORY.toString(), "--to", "2026-06-30", "--out", out.toString());
        assertTrue(to.out().strip().endsWith("; due dates up to 2026-06-30 -> " + out), to.out());
    }

    @Test
    void htmlOfAHistoryToAFile() throws IOException {
        Path out = tmp.resolve("report.html");
        ValidateCommandTest.Run r = run("sap-report", HISTORY.toString(), "--format", "html", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("sap-report as of 2026-07-01: 1 provider, 5 due: 2 on time, 0 late, 3 overdue (40.0% on time),"
                + " 1 pending, 0 without start; all due dates -> " + out, r.out().strip());
        String html = Files.readString(out);
        assertTrue(html.contains("Aanbieder 41836207"));
        assertTrue(html.contains("<td class=\"num\">33,3 %</td>"));
        assertTrue(html.contains("0 op tijd, 0 te laat, 2 ontbreekt: 0,0 %"));
        for (String bsn : bsns()) {
            assertFalse(html.contains(bsn), "never a BSN: " + bsn);
        }
    }

    /** A report written over what it reads (here a replay's own report.json, or its store) destroyed it. */
    @Test
    void aReportIsNotWrittenOverAFileOfWhatItReads() throws IOException {
        Path data = tmp.resolve("data");
        assertEquals(0, run("replay", HISTORY.toString(), "--out", data.toString()).code());
        byte[] replays = Files.readAllBytes(data.resolve("report.json"));
        for (Path target : List.of(data.resolve("report.json"), data.resolve("db/ijw-gateway.mv.db"))) {
            ValidateCommandTest.Run r = run("sap-report", data.toString(), "--out", target.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains(data + ", which this report reads; the report would overwrite it"), r.err());
        }
        assertArrayEquals(replays, Files.readAllBytes(data.resolve("report.json")));
        ValidateCommandTest.Run manifest = run("sap-report", HISTORY.toString(), "--out",
                HISTORY.resolve("manifest.csv").toString());
        assertEquals(2, manifest.code(), manifest.err());
        assertEquals(0, run("sap-report", data.toString(), "--out", tmp.resolve("r.json").toString()).code(),
                "a new file beside it is fine");
    }

    @Test
    void theSameFromTheReplayedDataDirectory() throws IOException {
        Path data = tmp.resolve("data");
        assertEquals(0, run("replay", HISTORY.toString(), "--out", data.toString()).code());
        ValidateCommandTest.Run r = run("sap-report", data.toString(), "--format", "csv", "--csv-separator", ",", "--as-of", "2026-07-01T10:00:00");
        assertEquals(0, r.code(), r.err());
        assertEquals(CSV, r.lines());

        // Later: the rejected stop of 1 July awaits no retour (not forwarded); the stop is not due until 7 August.
        ValidateCommandTest.Run later = run("sap-report", data.toString(), "--format", "csv", "--csv-separator", ",", "--as-of", "2026-07-31");
        assertTrue(later.lines().contains("ALL,TOTAL,ALL,5,2,0,3,1,0,40.0,,,2026-07-31,,"), later.out());
    }

    @Test
    void fromAndToSelectOnDueDate() {
        // Due in February: the start (OP271, 9 Feb, on time) and the retour to the accepted start (9 Feb,
        // overdue); the rejected starts await no retour.
        ValidateCommandTest.Run r = run("sap-report", HISTORY.toString(), "--format", "csv", "--csv-separator", ",", "--from", "2026-02-01",
                "--to", "2026-02-28");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().contains("ALL,TOTAL,ALL,2,1,0,1,0,0,50.0,,,2026-07-01,2026-02-01,2026-02-28"), r.out());
    }

    @Test
    void aSapConfigurationChangesTheRulesReported() throws IOException {
        Path conf = Files.writeString(tmp.resolve("sap.properties"), "sap.OP090.enabled=false\n");
        ValidateCommandTest.Run r = run("sap-report", HISTORY.toString(), "--format", "csv", "--csv-separator", ",", "--sap-config", conf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().stream().noneMatch(l -> l.contains(",OP090,")), r.out());
        assertTrue(r.lines().contains("ALL,TOTAL,ALL,2,2,0,0,1,0,100.0,,,2026-07-01,,"), r.out());
    }

    @Test
    void errorsExitTwoAndCreateNothing() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        ValidateCommandTest.Run none = run("sap-report", empty.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("neither a history folder (manifest.csv) nor a gateway data directory"), none.err());
        Files.createDirectories(empty.resolve("db"));
        assertEquals(2, run("sap-report", empty.toString()).code());
        try (var files = Files.walk(empty)) {
            assertEquals(2, files.count(), "still only empty/ and empty/db/: no database was created");
        }

        assertEquals(2, run("sap-report", HISTORY.toString(), "--format", "pdf").code());
        assertEquals(2, run("sap-report", HISTORY.toString(), "--from", "1 July").code());
        ValidateCommandTest.Run reversed = run("sap-report", HISTORY.toString(), "--from", "2026-03-01", "--to", "2026-02-01");
        assertEquals(2, reversed.code());
        assertTrue(reversed.err().contains("--from 2026-03-01 is after --to 2026-02-01"), reversed.err());
        assertEquals(2, run("sap-report").code(), "HISTORY_OR_DATADIR is required");
        ValidateCommandTest.Run unwritable = run("sap-report", HISTORY.toString(), "--out",
                tmp.resolve("no/such/dir/r.html").toString());
        assertEquals(2, unwritable.code());
        assertTrue(unwritable.err().contains("Cannot write "), unwritable.err());
    }

    @Test
    void mainNamesTheNewCommand() {
        ValidateCommandTest.Run r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing command: run, demo, send, status, validate, replay, sap-report, timeline, generate,"
                + " export, bench or web-user"), r.err());
    }
}
