package nl.ijw.gateway.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.sap.report.Basis;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.sap.report.SapReportBuilder;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.Expectation;
import nl.ijw.gateway.store.ExpectationOutcome;
import nl.ijw.gateway.timeline.Timeline;

/** The three renderings of one small report: figures, order, escaping, self-containment. */
class SapReportFormatsTest {

    static final String NASTY = "hist<script>alert(\"x\")</script> & 'quoted' caf\u00e9";

    static SapReport report() {
        LocalDate asOf = LocalDate.parse("2026-03-20");
        SapReportBuilder b = new SapReportBuilder(SapTracker.standard().calendar(), asOf);
        b.add(done(1, SapRule.OP271, "2026-03-06", "0599", "41836207", "2026-03-06"));
        b.add(done(2, SapRule.OP271, "2026-03-06", "0599", "41836207", "2026-03-10"));
        b.add(new ExpectationOutcome(3, SapRule.OP272, LocalDate.parse("2026-03-09"), Expectation.Status.OPEN,
                "41836207", "0599", null));
        // No start yet: without start, not overdue.
        b.add(new ExpectationOutcome(6, SapRule.OP271, LocalDate.parse("2026-03-09"), Expectation.Status.OPEN,
                "0599", "41836207", null));
        b.add(done(4, SapRule.OP090, "2026-03-05", "41836207", "0599", "2026-03-05"));
        b.add(done(5, SapRule.OP090, "2026-03-05", "12345678", "0599", "2026-03-05"));
        List<SapRule> rules = SapRule.defaults().stream().filter(r -> !r.id().equals(SapRule.NO_START)).toList();
        Basis basis = new Basis(Basis.Source.HISTORY, NASTY, 5, LocalDate.parse("2026-03-01"), asOf);
        return new SapReport(basis, Instant.parse("2026-03-20T09:00:00Z"), LocalDate.parse("2026-03-01"), null, rules,
                b.lines(), b.months(), b.items());
    }

    static ExpectationOutcome done(long id, String rule, String due, String sender, String receiver, String on) {
        return new ExpectationOutcome(id, rule, LocalDate.parse(due), Expectation.Status.DONE, sender, receiver,
                LocalDate.parse(on));
    }

    @Test
    void jsonHoldsTheFiguresInReportOrder() throws Exception {
        JsonNode j = new ObjectMapper().readTree(ReportFormat.JSON.render(report()));
        assertEquals("2026-03-20T10:00:00+01:00", j.get("asOf").asText());
        assertEquals("2026-03-01", j.get("from").asText());
        assertTrue(j.get("to").isNull());
        assertEquals(NASTY, j.get("basis").get("path").asText());
        assertEquals("12345678", j.get("providers").get(0).get("provider").asText(), "sorted by provider");
        JsonNode p = j.get("providers").get(1);
        assertEquals("41836207", p.get("provider").asText());
        assertEquals("OP090", p.get("rows").get(0).get("rule").asText());
        JsonNode op271 = p.get("rows").get(1);
        assertEquals("OP271", op271.get("rule").asText());
        assertEquals("PROVIDER", op271.get("awaitedFrom").asText());
        assertEquals(2, op271.get("due").asInt());
        assertEquals(1, op271.get("onTime").asInt());
        assertEquals(1, op271.get("late").asInt());
        assertEquals(0, op271.get("overdue").asInt());
        assertEquals(1, op271.get("withoutStart").asInt());
        assertEquals("50.0", op271.get("onTimePercent").decimalValue().toPlainString());
        assertEquals(1, p.get("rows").get(2).get("overdue").asInt(), "the stop");
        assertEquals(2, op271.get("medianWorkingDaysLate").asInt());
        JsonNode all = j.get("totals").get(2);
        assertEquals("ALL", all.get("awaitedFrom").asText());
        assertEquals(5, all.get("due").asInt());
        assertEquals("60.0", all.get("onTimePercent").decimalValue().toPlainString());
        assertEquals(6, j.get("rules").size());
        JsonNode noStart = null;
        for (JsonNode i : j.get("items")) {
            noStart = i.get("kind").asText().equals("WITHOUT_START") ? i : noStart;
        }
        assertTrue(noStart.get("workingDaysLate").isNull(), "not late by any number of days: not judged yet");
    }

    @Test
    void csvHasAHeaderAndOneRowPerLine() {
        List<String> rows = ReportFormat.CSV.render(report()).lines().toList();
        assertEquals(String.join(",", CsvReport.COLUMNS), rows.get(0));
        assertEquals(List.of(
                "12345678,OP090,MUNICIPALITY,1,1,0,0,0,0,100.0,,,2026-03-20,2026-03-01,",
                "12345678,TOTAL,MUNICIPALITY,1,1,0,0,0,0,100.0,,,2026-03-20,2026-03-01,",
                "12345678,TOTAL,ALL,1,1,0,0,0,0,100.0,,,2026-03-20,2026-03-01,",
                "41836207,OP090,MUNICIPALITY,1,1,0,0,0,0,100.0,,,2026-03-20,2026-03-01,",
                "41836207,OP271,PROVIDER,2,1,1,0,0,1,50.0,2,2,2026-03-20,2026-03-01,",
                "41836207,OP272,PROVIDER,1,0,0,1,0,0,0.0,,,2026-03-20,2026-03-01,",
                "41836207,TOTAL,PROVIDER,3,1,1,1,0,1,33.3,2,2,2026-03-20,2026-03-01,",
                "41836207,TOTAL,MUNICIPALITY,1,1,0,0,0,0,100.0,,,2026-03-20,2026-03-01,",
                "41836207,TOTAL,ALL,4,2,1,1,0,1,50.0,2,2,2026-03-20,2026-03-01,",
                "ALL,TOTAL,PROVIDER,3,1,1,1,0,1,33.3,2,2,2026-03-20,2026-03-01,",
                "ALL,TOTAL,MUNICIPALITY,2,2,0,0,0,0,100.0,,,2026-03-20,2026-03-01,",
                "ALL,TOTAL,ALL,5,3,1,1,0,1,60.0,2,2,2026-03-20,2026-03-01,"), rows.subList(1, rows.size()));
        assertEquals("\"a,\"\"b\"\"\"", CsvReport.cell("a,\"b\"", ','));
        List<String> dutch = CsvReport.render(report(), ';').lines().toList();
        assertEquals("41836207;TOTAL;PROVIDER;3;1;1;1;0;1;33,3;2;2;2026-03-20;2026-03-01;", dutch.get(7),
                "Dutch Excel: semicolons and a decimal comma");
        assertEquals("a,b", CsvReport.cell("a,b", ';'), "a comma needs no quotes when ';' separates");
    }

    @Test
    void htmlIsOneSelfContainedEscapedAsciiPage() {
        String html = ReportFormat.HTML.render(report());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.chars().allMatch(c -> c < 128), "ASCII only");
        assertEquals(1, html.split("<script", -1).length - 1, "the basis path is escaped: the one script is the page's own");
        assertTrue(html.contains("<script>\n(function () {"));
        assertTrue(html.contains("hist&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; caf&#233;"));
        assertFalse(Pattern.compile(" href=\"[^#]").matcher(html).find(), "links only within the page");
        for (String external : List.of("http:", "https:", " src=", "<link", "url(", "@import")) {
            assertFalse(html.contains(external), external);
        }
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=").matcher(html).find(), "no event handlers");
        assertEquals(5, html.split("<svg ", -1).length - 1, "a chart and a trend per provider, the overall trend");
        assertTrue(html.contains("Aanbieder 41836207"));
        assertTrue(html.contains("<td class=\"num\">33,3 %</td>"));
        assertTrue(html.contains("1 op tijd, 1 te laat, 0 ontbreekt: 50,0 % (+1 zonder start)"), "the bar's figures as text");
        assertTrue(html.contains("Zonder start"), "allocations without start, apart");
        assertTrue(html.contains("vanaf 01-03-2026"), "the period");
        assertTrue(html.contains("Peildatum"));
    }

    @Test
    void htmlWordsClaimNoBreachOfTheWrongPartyAndCountInDutch() {
        String html = ReportFormat.HTML.render(report());
        assertTrue(html.contains("<p>1 toewijzing zonder startbericht (JW305)"), "singular, not 'toewijzing(en)'");
        assertFalse(html.contains("(en)"), "a plural by count, never '(en)'");
        assertFalse(html.contains("staat niet in dit rapport"), "the page lists allocations without start itself");
        assertFalse(html.contains("om aan de aanbieder voor te leggen"), "some items are the municipality's to answer for");
        assertTrue(html.contains("om voor te leggen aan wie het moest sturen"));
        assertTrue(html.contains("what the municipality owed the provider does not count here"), "the ranking says what it ranks");
    }

    @Test
    void aClientWithoutAllocationSaysNone() {
        Timeline t = new Timeline("999999990", Instant.parse("2026-03-20T09:00:00Z"), List.of(), List.of());
        String html = HtmlReport.render(new ReportPage(report(), java.util.Map.of(), List.of(new ReportPage.Client("client-1", t))));
        assertTrue(html.contains("(client-1; toewijzingen / allocations geen / none)"), "not an empty list");
    }

    @Test
    void unknownFormatsAreRefused() {
        assertEquals(ReportFormat.HTML, ReportFormat.parse(" Html "));
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("pdf"));
    }
}
