package nl.ijw.gateway.sap;

import static nl.ijw.gateway.rules.RuleFixture.PRODUCT;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.allocation;
import static nl.ijw.gateway.rules.RuleFixture.antwoord;
import static nl.ijw.gateway.rules.RuleFixture.claim;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.debit;
import static nl.ijw.gateway.rules.RuleFixture.header;
import static nl.ijw.gateway.rules.RuleFixture.put;
import static nl.ijw.gateway.rules.RuleFixture.start;
import static nl.ijw.gateway.rules.RuleFixture.startLine;
import static nl.ijw.gateway.rules.RuleFixture.stop;
import static nl.ijw.gateway.rules.RuleFixture.stopLine;
import static nl.ijw.gateway.rules.RuleFixture.toegewezen;
import static nl.ijw.gateway.rules.RuleFixture.toewijzing;
import static nl.ijw.gateway.rules.RuleFixture.vot;
import static nl.ijw.gateway.rules.RuleFixture.vow;
import static nl.ijw.gateway.sap.SapHarness.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.ijw.gateway.domain.DeclaratieAntwoord;
import nl.ijw.gateway.domain.Header;
import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.domain.Retour;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.store.Expectation;

/**
 * Every deadline rule exactly on its due date (on time: no finding) and one working day later
 * (LATE, one working day late). Dates in 2026: Monday 2 March is the usual day of receipt.
 */
class SapDeadlineTest {

    /** The heen-message of each pair, as the fixture builds it; only its header and kind matter here. */
    static IjwMessage heen(MessageType type) {
        return switch (type) {
            case JW301 -> toewijzing(toegewezen(0, TN, null));
            case JW305 -> start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW));
            case JW307 -> stop(stopLine(0, TN, "2026-02-02", "1", "2026-02-27", StatusAanlevering.NEW));
            case JW315 -> vot("RA1");
            case JW317 -> vow("RV1");
            case JW319 -> antwoord("RA1", "1");
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    /** A retour keeps the heen-message's header and adds its own identity. */
    static Retour retour(IjwMessage heen, String id) {
        Header h = heen.header();
        MessageType type = h.type().answeredBy().orElseThrow();
        return new Retour(new Header(type, h.afzender(), h.ontvanger(), h.identificatie(), h.dagtekening()), id,
                d("2026-03-03"), List.of("0200"));
    }

    @ParameterizedTest
    @CsvSource({"JW301", "JW305", "JW307", "JW315", "JW317", "JW319"})
    void op090RetourWithinThreeWorkingDays(MessageType type) {
        try (SapHarness onTime = new SapHarness(); SapHarness late = new SapHarness()) {
            IjwMessage m = heen(type);
            onTime.receive("2026-03-02", m);
            assertEquals(List.of(), of(SapRule.OP090, onTime.receive("2026-03-05", retour(m, "R1"))));
            late.receive("2026-03-02", m);
            List<SapFinding> f = of(SapRule.OP090, late.receive("2026-03-06", retour(m, "R1")));
            assertLate(f, SapRule.OP090, "2026-03-05", "2026-03-06", 1);
            assertEquals("R1", f.get(0).messageId(), "a late retour is identified by its IdentificatieRetour");
            assertEquals(m.header().identificatie(), f.get(0).referenceMessageId());
            assertEquals(m.header().ontvanger().code(), f.get(0).sender(), "the retour comes from the receiver");
        }
    }

    @Test
    void op274EachRequestedProductAnsweredByAllocationOrAnswer() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-03-02", vot("RA1", "RA2"));
            Toewijzing t = toewijzing(toegewezen(0, TN, "RA1"));
            assertEquals(List.of(), of(SapRule.OP274, h.receive("2026-03-09", t)), "5 wd after Mon 2 March: Mon 9 March");
            List<SapFinding> f = of(SapRule.OP274, h.receive("2026-03-10", antwoord("RA2", "2")));
            assertLate(f, SapRule.OP274, "2026-03-09", "2026-03-10", 1);
            assertEquals("RA2", f.get(0).referentie());
            assertEquals("ID488", f.get(0).messageId());
            assertEquals("ID446", f.get(0).referenceMessageId());
        }
    }

    @Test
    void op346RequestForChangeAnswered() {
        try (SapHarness onTime = new SapHarness(); SapHarness late = new SapHarness()) {
            onTime.receive("2026-03-02", vow("RV1"));
            assertEquals(List.of(), onTime.receive("2026-03-09", antwoord("RV1", "1")));
            late.receive("2026-03-02", vow("RV1"));
            assertLate(late.receive("2026-03-10", antwoord("RV1", "1")), SapRule.OP346, "2026-03-09", "2026-03-10", 1);
        }
    }

    static Toewijzing allocationFrom(String ingang, String eind) {
        return toewijzing(toegewezen(0, TN, null, PRODUCT, d(ingang), eind == null ? null : d(eind), null));
    }

    @Test
    void op271StartWithinFiveWorkingDaysAfterIngangsdatum() {
        try (SapHarness onTime = new SapHarness(); SapHarness late = new SapHarness()) {
            onTime.receive("2026-02-20", allocationFrom("2026-03-02", null));
            assertEquals(List.of(), onTime.receive("2026-03-09", start(startLine(0, TN, "2026-03-02", StatusAanlevering.NEW))));
            late.receive("2026-02-20", allocationFrom("2026-03-02", null));
            List<SapFinding> f = late.receive("2026-03-10", start(startLine(0, TN, "2026-03-02", StatusAanlevering.NEW)));
            assertLate(f, SapRule.OP271, "2026-03-09", "2026-03-10", 1);
            assertEquals(String.valueOf(TN), f.get(0).toewijzingNummer());
        }
    }

    @Test
    void op271RetroactiveAllocationCountsFromItsReceipt() {
        try (SapHarness onTime = new SapHarness(); SapHarness late = new SapHarness()) {
            onTime.receive("2026-03-02", allocationFrom("2026-02-02", null));
            assertEquals(List.of(), onTime.receive("2026-03-09", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW))));
            late.receive("2026-03-02", allocationFrom("2026-02-02", null));
            assertLate(late.receive("2026-03-10", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW))),
                    SapRule.OP271, "2026-03-09", "2026-03-10", 1);
        }
    }

    @Test
    void op272StopWithinFiveWorkingDaysAfterEinddatum() {
        // The allocation ends Friday 31 July 2026: due Friday 7 August; the next working day is Monday 10 August.
        try (SapHarness onTime = new SapHarness(); SapHarness late = new SapHarness()) {
            for (SapHarness h : List.of(onTime, late)) {
                h.receive("2026-02-03", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW)), put(allocation()));
            }
            var stopped = stop(stopLine(0, TN, "2026-02-02", "1", "2026-07-31", StatusAanlevering.NEW));
            assertEquals(List.of(), onTime.receive("2026-08-07", stopped));
            List<SapFinding> f = late.receive("2026-08-10", stopped);
            assertLate(f, SapRule.OP272, "2026-08-07", "2026-08-10", 1);
        }
    }

    @Test
    void op272EarlyStopCountsFromItsOwnEinddatum() {
        // The allocation ends 31 July, but care ended Thursday 30 April 2026: 5 wd after it, skipping
        // Liberation Day (Tuesday 5 May), is Friday 8 May; the next working day is Monday 11 May.
        try (SapHarness onTime = new SapHarness(); SapHarness late = new SapHarness()) {
            for (SapHarness h : List.of(onTime, late)) {
                h.receive("2026-02-03", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW)), put(allocation()));
            }
            var stopped = stop(stopLine(0, TN, "2026-02-02", "1", "2026-04-30", StatusAanlevering.NEW));
            assertEquals(List.of(), onTime.receive("2026-05-08", stopped));
            assertLate(late.receive("2026-05-11", stopped), SapRule.OP272, "2026-05-08", "2026-05-11", 1);
            // The stop met the expectation: nothing is left to become overdue at the allocation's end.
            assertEquals(List.of(), of(SapRule.OP272, onTime.scan("2026-12-31")));
        }
    }

    @Test
    void op272StopOnAnOpenEndedAllocationIsJudgedOnArrival() {
        // No Einddatum, so no stop was awaited. Care ended Wednesday 13 May 2026: 5 wd after it, skipping
        // Ascension Day and the equated Friday 15 May, is Friday 22 May; the next working day is Tuesday
        // 26 May (Whit Monday 25 May is a holiday).
        try (SapHarness onTime = new SapHarness(); SapHarness late = new SapHarness()) {
            for (SapHarness h : List.of(onTime, late)) {
                h.receive("2026-02-03", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW)),
                        put(RuleFixture.allocation(TN, d("2026-02-02"), null, RuleFixture.WEEKLY_3H, null)));
                assertEquals(List.of(), of(SapRule.OP272, h.scan("2026-05-22")), "an open end awaits no stop");
            }
            var stopped = stop(stopLine(0, TN, "2026-02-02", "1", "2026-05-13", StatusAanlevering.NEW));
            assertEquals(List.of(), onTime.receive("2026-05-22", stopped));
            List<SapFinding> f = late.receive("2026-05-26", stopped);
            assertLate(f, SapRule.OP272, "2026-05-22", "2026-05-26", 1);
            assertEquals(String.valueOf(TN), f.get(0).toewijzingNummer());
        }
    }

    @Test
    void op272DefinitiveStopAfterATemporaryOneIsNotJudged() {
        // When the end became definitive is in no message, so the follow-up stop gets no LATE; the
        // temporary stop itself is judged as any stop (on time here: Einddatum 30 April, due 8 May).
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-02-03", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW)), put(allocation()));
            assertEquals(List.of(), h.receive("2026-05-08",
                    stop(stopLine(0, TN, "2026-02-02", "20", "2026-04-30", StatusAanlevering.NEW))));
            assertEquals(List.of(), of(SapRule.OP272, h.receive("2026-09-01",
                    stop(stopLine(0, TN, "2026-02-02", "1", "2026-04-30", StatusAanlevering.NEW)))));
        }
    }

    @Test
    void op272UnawaitedStopIsRecordedAsMetAndItsFollowUpIsNotJudged() {
        try (SapHarness h = new SapHarness()) {
            h.receive("2026-02-03", start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW)),
                    put(RuleFixture.allocation(TN, d("2026-02-02"), null, RuleFixture.WEEKLY_3H, null)));
            var temporary = stop(stopLine(0, TN, "2026-02-02", "20", "2026-05-13", StatusAanlevering.NEW));
            assertLate(h.receive("2026-05-26", temporary), SapRule.OP272, "2026-05-22", "2026-05-26", 1);
            String key = SapKeys.stop(temporary.header().ontvanger(), ToewijzingNummer.of(TN), temporary.bsn(),
                    d("2026-02-02"));
            List<Expectation> rows = h.expectations(key);
            assertEquals(1, rows.size(), "the report counts the stop");
            assertEquals(Expectation.Status.DONE, rows.get(0).status());
            assertEquals(d("2026-05-22"), rows.get(0).due());
            assertEquals(List.of(), of(SapRule.OP272, h.receive("2026-09-01",
                    stop(stopLine(0, TN, "2026-02-02", "1", "2026-05-13", StatusAanlevering.NEW)))));
        }
    }

    @Test
    void op090x4ClaimAnsweredWithin10WorkingDays() {
        try (SapHarness onTime = new SapHarness(); SapHarness late = new SapHarness()) {
            var c = claim(debit(0, "RN1", TN, "2026-02-02", "2026-02-27", 3));
            var answer = new DeclaratieAntwoord(header(MessageType.JW325), c.header().identificatie(), "DCL-TEST");
            onTime.receive("2026-03-02", c);
            assertEquals(List.of(), onTime.receive("2026-03-16", answer));
            late.receive("2026-03-02", c);
            List<SapFinding> f = late.receive("2026-03-17", answer);
            assertLate(f, SapRule.OP090X4, "2026-03-16", "2026-03-17", 1);
            assertEquals(c.header().identificatie(), f.get(0).referenceMessageId());
        }
    }

    @Test
    void holidaysAreNotWorkingDays() {
        // Thursday 2 April 2026: Good Friday and Easter Monday are closed, so 3 wd ends Thursday 9 April.
        try (SapHarness h = new SapHarness()) {
            IjwMessage m = heen(MessageType.JW305);
            h.receive("2026-04-02", m);
            assertEquals(List.of(), of(SapRule.OP090, h.scan("2026-04-09")));
            assertLate(h.receive("2026-04-10", retour(m, "R9")), SapRule.OP090, "2026-04-09", "2026-04-10", 1);
        }
    }

    @ParameterizedTest
    @CsvSource({"JW301", "JW305", "JW307", "JW315", "JW317", "JW319", "JW323"})
    void aRejectedMessageAwaitsNothingFromItsReceiver(MessageType type) {
        // Not forwarded, so its receiver never has it; its only answer is the gateway's own, sent at once.
        try (SapHarness h = new SapHarness()) {
            IjwMessage m = type == MessageType.JW323 ? claim(debit(0, "RN1", TN, "2026-02-02", "2026-02-27", 3)) : heen(type);
            assertEquals(List.of(), h.receive("2026-03-02", m, false));
            assertEquals(List.of(), h.scan("2026-06-30"), "no retour or JW325 is overdue from a party that never got it");
        }
    }

    @ParameterizedTest
    @CsvSource({"JW301", "JW305", "JW307", "JW315", "JW317", "JW319"})
    void aRetourBeforeItsHeenMessageMeetsItsDeadline(MessageType type) {
        // The heen-message went another route first, or a history holds them out of order.
        try (SapHarness h = new SapHarness()) {
            IjwMessage m = heen(type);
            Retour r = retour(m, "R1");
            assertEquals(List.of(), h.receive("2026-03-02", r));
            h.receive("2026-03-03", m);
            assertEquals(List.of(), of(SapRule.OP090, h.scan("2026-06-30")), "the retour came: not overdue");
            String key = SapKeys.retour(r.type(), m.header().afzender(), m.header().identificatie());
            List<Expectation> met = h.expectations(key).stream().filter(e -> e.status() == Expectation.Status.DONE).toList();
            assertEquals(1, met.size(), "counted as met: " + h.expectations(key));
            assertEquals(type.name(), met.get(0).messageType(), "awaited by the heen-message");
        }
    }

    static void assertLate(List<SapFinding> findings, String rule, String due, String actual, int days) {
        assertEquals(1, findings.size(), findings.toString());
        SapFinding f = findings.get(0);
        assertEquals(rule, f.rule());
        assertEquals(SapFinding.Kind.LATE, f.kind());
        assertEquals(d(due), f.due());
        assertEquals(d(actual), f.actual());
        assertEquals(days, f.workingDaysLate());
        assertTrue(f.journalId() > 0);
    }

}
