package nl.ijw.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.timeline.Deadline;
import nl.ijw.gateway.timeline.Fact;
import nl.ijw.gateway.timeline.RetourStatus;
import nl.ijw.gateway.timeline.Timeline;
import nl.ijw.gateway.timeline.TimelineEntry;

/**
 * docs/web.md: dates are 12-03-2026 in both languages, in a timeline's facts and deadlines as in its
 * times; the Dutch page says the events in Dutch, the English page in English.
 */
class TimelineHtmlTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 29);

    /** One of every fact kind, and a deadline of every outcome. */
    static Timeline everything() {
        List<Fact> facts = List.of(
                new Fact.AllocationVersion(48210604, "41836207", "45", "45A01", LocalDate.of(2027, 1, 1), null, "01", true),
                new Fact.AllocationVersion(48210604, "41836207", "45", "45A01", LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 6, 30), null, false),
                new Fact.Request("JW315", "VOT-1"), new Fact.Request("JW317", "VOW-1"),
                new Fact.RequestAnswer("VOW-1", "JW319", "2"), new Fact.Start(48210604, LocalDate.of(2027, 1, 4), true),
                new Fact.Stop(48210604, LocalDate.of(2027, 3, 1), "01"),
                new Fact.ClaimLine("D1", "R1", 48210604, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), true, 123456),
                new Fact.ClaimLine("D1", "R2", 48210604, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), false, 5),
                new Fact.ClaimAnswer(7), new Fact.NotAccepted("REJECTED"), new Fact.NotAccepted("FAILED"));
        List<Deadline> deadlines = Arrays.stream(Deadline.Outcome.values())
                .map(o -> new Deadline("OP090", o, DUE, LocalDate.of(2027, 1, 4), o == Deadline.Outcome.OVERDUE ? 1 : 4, null))
                .toList();
        TimelineEntry e = new TimelineEntry(1, Instant.parse("2026-12-22T09:00:00Z"), null, null, "0599", "41836207",
                "G26T12232", "ACCEPTED", facts, List.of(new RetourStatus("JW302", 2, Instant.parse("2026-12-22T09:01:00Z"),
                        true, List.of("0200"))), deadlines);
        return new Timeline("193793337", Instant.parse("2027-01-05T12:00:00Z"), List.of("48210604"), List.of(e));
    }

    @Test
    void theDutchPageSaysEveryEventInDutch() {
        String html = TimelineHtml.render(Texts.of("nl"), everything(), "******337");
        assertEquals(List.of(), EnglishWords.in(html), html);
        for (String dutch : List.of("toewijzing 48210604 aan 41836207: product 45/45A01, vanaf 01-01-2027 (geen einddatum),"
                + " RedenWijziging 01, ingetrokken", "01-01-2027 t/m 30-06-2027", "verzoek om toewijzing (JW315), ReferentieAanbieder VOT-1",
                "verzoek om wijziging (JW317)", "antwoord op verzoek VOW-1 (JW319, VerzoekAntwoord 2)",
                "start zorg bij toewijzing 48210604 op 04-01-2027 (later verwijderd)", "stop zorg bij toewijzing 48210604 op 01-03-2027, RedenBeeindiging 01",
                "declaratie D1 regel R1: toewijzing 48210604, 01-01-2027 t/m 31-01-2027, debet € 1.234,56", "credit € 0,05",
                "declaratie-antwoord (JW325)", "afgekeurd: het bericht noemt deze cliënt", "mislukt: ",
                "OP090 termijn 29-12-2026: op tijd (ontvangen 04-01-2027)", "TE LAAT, ontvangen 04-01-2027 (4 werkdagen te laat)",
                "ONTBREEKT, niet ontvangen (1 werkdag over de termijn)", "verwacht, termijn nog niet verlopen", "nog geen start zorg",
                "vervallen", "onleesbaar bericht", "JW302 (door de gateway) 0200")) {
            assertTrue(html.contains(dutch), dutch + " in " + html);
        }
    }

    @Test
    void theEnglishPageKeepsItsEnglishWithDutchStyleDates() {
        String html = TimelineHtml.render(Texts.of("en"), everything(), "******337");
        for (String english : List.of("allocation 48210604 to 41836207: product 45/45A01, 01-01-2027 to open end, RedenWijziging 01,"
                + " withdrawn", "request (JW315) ReferentieAanbieder VOT-1", "answer to request VOW-1 (JW319, VerzoekAntwoord 2)",
                "start of allocation 48210604 on 04-01-2027 (later deleted)", "claim D1 line R1: allocation 48210604, 01-01-2027"
                + " to 31-01-2027, debit 123456 (cents)", "rejected: names this client; what was refused is not in the state",
                "OP090 due 29-12-2026: OVERDUE, not arrived (1 working day overdue)", "OP090 due 29-12-2026: awaited, not due yet",
                "unreadable message", "JW302 (gateway) 0200")) {
            assertTrue(html.contains(english), english + " in " + html);
        }
        assertFalse(html.contains("2026-12-29") || html.contains("2027-01-01"), html);
    }

    @Test
    void factsAndDeadlinesShowDutchDatesInBothLanguages() {
        Deadline op090 = new Deadline("OP090", Deadline.Outcome.OVERDUE, DUE, null, 4, null);
        TimelineEntry jw301 = new TimelineEntry(1, Instant.parse("2026-12-22T09:00:00Z"), "JW301", "Toewijzing", "0599",
                "41836207", "G26T12232", "ACCEPTED", List.of(new Fact.AllocationVersion(48210604, "41836207", "45", "45A01",
                        LocalDate.of(2027, 1, 1), null, null, false)), List.of(), List.of(op090));
        Timeline t = new Timeline("193793337", Instant.parse("2027-01-05T12:00:00Z"), List.of("48210604"), List.of(jw301));
        assertTrue(TimelineHtml.render(Texts.of("en"), t, "******337").contains("OP090 due 29-12-2026: OVERDUE"));
        assertTrue(TimelineHtml.render(Texts.of("nl"), t, "******337").contains("OP090 termijn 29-12-2026: ONTBREEKT"));
        for (String lang : List.of("nl", "en")) {
            String html = TimelineHtml.render(Texts.of(lang), t, "******337");
            assertTrue(html.contains("01-01-2027"), html);
            assertTrue(html.contains("G26T12232"), "identifiers stay as they are");
            assertFalse(html.contains("2026-12-29") || html.contains("2027-01-01"), html);
        }
    }

    @Test
    void theSummaryCountsInTheRightPluralAndSaysWhenThereIsNoAllocation() {
        TimelineEntry jw315 = new TimelineEntry(1, Instant.parse("2026-12-22T09:00:00Z"), "JW315", "Verzoek", "41836207",
                "0599", "AB1", "ACCEPTED", List.of(), List.of(), List.of());
        Timeline one = new Timeline("193793337", Instant.parse("2027-01-05T12:00:00Z"), List.of(), List.of(jw315));
        String nl = TimelineHtml.render(Texts.of("nl"), one, "******337");
        assertTrue(nl.contains("Toewijzingen: geen. 1 bericht, "), nl);
        assertFalse(nl.contains("(en)") || nl.contains("Toewijzingen: ."), nl);
        assertTrue(TimelineHtml.render(Texts.of("en"), one, "******337").contains("Allocations: none. 1 message, "));
    }
}
