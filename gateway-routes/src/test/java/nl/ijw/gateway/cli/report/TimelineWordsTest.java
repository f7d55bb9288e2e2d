package nl.ijw.gateway.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.timeline.Deadline;
import nl.ijw.gateway.timeline.Fact;
import nl.ijw.gateway.timeline.TimelineEntry;

/**
 * The command line's timeline text and JSON keep the English gateway-core used to write (scripts
 * read them): the same words and ISO dates for every fact kind and deadline outcome.
 */
class TimelineWordsTest {

    static final LocalDate D1 = LocalDate.of(2026, 12, 29);
    static final LocalDate D2 = LocalDate.of(2027, 1, 4);
    static final TimelineWords EN = TimelineWords.ENGLISH;

    @Test
    void factsAsTheCommandLineAlwaysPrintedThem() {
        assertEquals("allocation 48210604 to 41836207: product 45/45A01, 2026-12-29 to open end, RedenWijziging 01, withdrawn",
                EN.fact(new Fact.AllocationVersion(48210604, "41836207", "45", "45A01", D1, null, "01", true)));
        assertEquals("allocation 48210604 to 41836207: product 45/45A01, 2026-12-29 to 2027-01-04",
                EN.fact(new Fact.AllocationVersion(48210604, "41836207", "45", "45A01", D1, D2, null, false)));
        assertEquals("request (JW315) ReferentieAanbieder VOT-1", EN.fact(new Fact.Request("JW315", "VOT-1")));
        assertEquals("answer to request VOT-1 (JW301)", EN.fact(new Fact.RequestAnswer("VOT-1", "JW301", null)));
        assertEquals("answer to request VOW-1 (JW319, VerzoekAntwoord 2)", EN.fact(new Fact.RequestAnswer("VOW-1", "JW319", "2")));
        assertEquals("start of allocation 48210604 on 2027-01-04 (later deleted)", EN.fact(new Fact.Start(48210604, D2, true)));
        assertEquals("stop of allocation 48210604 on 2027-01-04", EN.fact(new Fact.Stop(48210604, D2, null)));
        assertEquals("stop of allocation 48210604 on 2027-01-04, RedenBeeindiging 01", EN.fact(new Fact.Stop(48210604, D2, "01")));
        assertEquals("claim D1 line R1: allocation 48210604, 2026-12-29 to 2027-01-04, credit 1250 (cents)",
                EN.fact(new Fact.ClaimLine("D1", "R1", 48210604, D1, D2, false, 1250)));
        assertEquals("answer (JW325) to the claim of journal entry 7", EN.fact(new Fact.ClaimAnswer(7)));
        assertEquals("failed: names this client; what was refused is not in the state", EN.fact(new Fact.NotAccepted("FAILED")));
        assertEquals("stop of care (JW307) without ToewijzingNummer (task-based): linked to no allocation",
                EN.fact(new Fact.Unlinked("JW307")));
        assertEquals("start zorg (JW305) zonder ToewijzingNummer (taakgericht): aan geen toewijzing gekoppeld",
                TimelineWords.DUTCH.fact(new Fact.Unlinked("JW305")));
    }

    @Test
    void deadlinesAsTheCommandLineAlwaysPrintedThem() {
        assertEquals(List.of("OP090 due 2026-12-29: on time (2027-01-04)",
                "OP090 due 2026-12-29: LATE, arrived 2027-01-04 (1 working day late)",
                "OP090 due 2026-12-29: OVERDUE, not arrived (1 working day overdue)",
                "OP090 expected by 2026-12-29: WARNING, not arrived (1 working day)",
                "OP090 due 2026-12-29: awaited, not due yet",
                "OP090: no start yet (judged when the JW305 comes; provisional due 2026-12-29)",
                "OP090 expected by 2026-12-29: met (2027-01-04)",
                "OP090 due 2026-12-29: no longer awaited by this date (allocation withdrawn, start deleted or due date moved)"),
                java.util.Arrays.stream(Deadline.Outcome.values()).map(o -> EN.deadline(new Deadline("OP090", o, D1, D2, 1, null))).toList());
        assertEquals("OP271 due 2026-12-29: OVERDUE, not arrived (4 working days overdue)",
                EN.deadline(new Deadline("OP271", Deadline.Outcome.OVERDUE, D1, null, 4, null)));
    }

    @Test
    void aMessageThatCouldNotBeReadIsSaidSo() {
        TimelineEntry unread = new TimelineEntry(1, Instant.EPOCH, null, null, null, null, null, "REJECTED", List.of(), List.of(),
                List.of());
        assertEquals("unreadable message", EN.title(unread));
        assertEquals("onleesbaar bericht", TimelineWords.DUTCH.title(unread));
    }
}
