package nl.ijw.gateway.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.timeline.Deadline;
import nl.ijw.gateway.timeline.Timeline;
import nl.ijw.gateway.timeline.TimelineEntry;

/** docs/web.md: dates are 12-03-2026 in both languages, in a timeline's facts and deadlines as in its times. */
class TimelineHtmlTest {

    @Test
    void factsAndDeadlinesShowDutchDatesInBothLanguages() {
        Deadline op090 = new Deadline("OP090", Deadline.Outcome.OVERDUE, LocalDate.of(2026, 12, 29), null, 4, null);
        TimelineEntry jw301 = new TimelineEntry(1, Instant.parse("2026-12-22T09:00:00Z"), "JW301", "Toewijzing", "0599",
                "41836207", "G26T12232", "ACCEPTED", List.of("allocation 48210604 to 41836207: product 45/45A01, 2027-01-01 to open"),
                List.of(), List.of(op090));
        Timeline t = new Timeline("193793337", Instant.parse("2027-01-05T12:00:00Z"), List.of("48210604"), List.of(jw301));
        for (String lang : List.of("nl", "en")) {
            String html = TimelineHtml.render(Texts.of(lang), t, "******337");
            assertTrue(html.contains("OP090 due 29-12-2026: OVERDUE"), html);
            assertTrue(html.contains("01-01-2027 to open"), html);
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
