package nl.ijw.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Both languages have every text; Dutch formats by default (55,6 %, 12-03-2026, 1.234), times in Amsterdam. */
class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(Texts.of("nl").words().keySet(), Texts.of("en").words().keySet());
    }

    @Test
    void dutchAndEnglishFormats() {
        Texts nl = Texts.of("nl");
        Texts en = Texts.of("en");
        assertEquals(nl, Texts.of("fr"), "unknown languages get Dutch");
        assertEquals("55,6 %", nl.percent(new BigDecimal("55.55")));
        assertEquals("55.6 %", en.percent(new BigDecimal("55.55")));
        assertEquals("–", nl.percent(null), "nothing due: no percentage");
        assertEquals("1.234", nl.number(1234));
        assertEquals("1,234", en.number(1234));
        assertEquals("12-03-2026", nl.date(LocalDate.of(2026, 3, 12)));
        assertEquals("12-03-2026 10:00", nl.dateTime(Instant.parse("2026-03-12T09:00:00Z")), "CET");
        assertEquals("12-07-2026 11:00", nl.dateTime(Instant.parse("2026-07-12T09:00:00Z")), "CEST");
        assertEquals("Verkeer nu", nl.t("nav.traffic"));
        assertEquals("Traffic now", en.t("nav.traffic"));
        assertEquals("no.such.key", nl.t("no.such.key"), "a gap shows as its key, never a crash");
    }
}
