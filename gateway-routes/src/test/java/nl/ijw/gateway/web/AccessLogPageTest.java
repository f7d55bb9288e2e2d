package nl.ijw.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.monitor.Viewed;

/** The access log's "what was viewed" in the page's language; a row in no known form as it was stored. */
class AccessLogPageTest {

    @Test
    void whatWasViewedIsSaidInThePagesLanguage() {
        Texts nl = Texts.of("nl");
        Texts en = Texts.of("en");
        assertEquals("cliëntverloop, gezocht op ToewijzingNummer 48210604",
                AccessLogPage.viewed(nl, new Viewed.TimelineByAllocation("48210604")));
        assertEquals("cliëntverloop, gezocht op BSN", AccessLogPage.viewed(nl, Viewed.parse("client timeline, search by BSN")));
        assertEquals(List.of(), EnglishWords.in(AccessLogPage.viewed(nl, new Viewed.TimelineByAllocation("1"))));
        assertEquals("client timeline, search by ToewijzingNummer 48210604",
                AccessLogPage.viewed(en, new Viewed.TimelineByAllocation("48210604")));
        assertEquals("client timeline, search by BSN", AccessLogPage.viewed(en, new Viewed.TimelineByBsn()));
        assertEquals("export by hand", AccessLogPage.viewed(nl, Viewed.parse("export by hand")));
    }

    @Test
    void theRoleIsNamedInThePagesLanguage() {
        assertEquals("privacyfunctionaris", AccessLogPage.role(Texts.of("nl"), "privacy-officer"));
        assertEquals("privacy officer", AccessLogPage.role(Texts.of("en"), "privacy-officer"));
        assertEquals("auditor", AccessLogPage.role(Texts.of("nl"), "auditor"), "an unknown code as stored");
    }
}
