package nl.ijw.gateway.rules.inmessage;

import static nl.ijw.gateway.rules.RuleFixture.BSN;
import static nl.ijw.gateway.rules.RuleFixture.PRODUCT;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.aangevraagd;
import static nl.ijw.gateway.rules.RuleFixture.assertNone;
import static nl.ijw.gateway.rules.RuleFixture.assertOne;
import static nl.ijw.gateway.rules.RuleFixture.assertSubject;
import static nl.ijw.gateway.rules.RuleFixture.claim;
import static nl.ijw.gateway.rules.RuleFixture.credit;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.debit;
import static nl.ijw.gateway.rules.RuleFixture.start;
import static nl.ijw.gateway.rules.RuleFixture.startLine;
import static nl.ijw.gateway.rules.RuleFixture.stop;
import static nl.ijw.gateway.rules.RuleFixture.stopLine;
import static nl.ijw.gateway.rules.RuleFixture.toegewezen;
import static nl.ijw.gateway.rules.RuleFixture.toewijzing;
import static nl.ijw.gateway.rules.RuleFixture.vot;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

class InMessageRulesTest {

    static RuleFixture fx;

    @BeforeAll
    static void open() {
        fx = new RuleFixture("inmessage");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    // ---- CS002 -----------------------------------------------------------------------------------

    @Test
    void cs002FiresOnABsnThatFailsTheElfproef() {
        var rule = new Cs002BsnElfproef();
        Bsn bad = Bsn.of("264819379");
        Finding f = assertOne(fx.check(rule, toewijzing(bad, toegewezen(0, TN, null))), rule, Subjects.HEADER);
        assertSubject(f, null, null, bad);
        var lines = List.of(RuleFixture.forBsn(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), Bsn.of("000000000")));
        assertOne(fx.check(rule, claim(lines.toArray(Declaratie.Prestatie[]::new))), rule, Subjects.HEADER);
    }

    @Test
    void cs002AcceptsValidBsns() {
        var rule = new Cs002BsnElfproef();
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, null))));
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW))));
        assertNone(fx.check(rule, vot("RA-1")));
    }

    // ---- CS058 -----------------------------------------------------------------------------------

    @Test
    void cs058FiresOnStatusAanlevering2() {
        var rule = new Cs058StatusAanlevering();
        Finding f = assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-03-31",
                StatusAanlevering.CORRECTION))), rule, Subjects.HEADER);
        assertSubject(f, TN, null, BSN);
    }

    @Test
    void cs058AcceptsNewAndDelete() {
        var rule = new Cs058StatusAanlevering();
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-02", StatusAanlevering.DELETE),
                startLine(1, TN, "2026-02-03", StatusAanlevering.NEW))));
    }

    // ---- TR018 ------------------------------------------------------------------------------------

    @Test
    void tr018FiresWhenTheStopEndsBeforeItBegins() {
        var rule = new Tr018EinddatumNotBeforeBegindatum();
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-02-01", StatusAanlevering.NEW))),
                rule, Subjects.HEADER);
    }

    @Test
    void tr018AcceptsAStopEndingOnItsFirstDay() {
        var rule = new Tr018EinddatumNotBeforeBegindatum();
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-02-02", StatusAanlevering.NEW))));
    }

    // ---- TR101 ------------------------------------------------------------------------------------

    @Test
    void tr101FiresOnATwiceAllocatedNumber() {
        var rule = new Tr101UniqueKeys();
        Finding f = assertOne(fx.check(rule, toewijzing(toegewezen(0, TN, null), toegewezen(1, TN, null))), rule,
                Subjects.HEADER);
        assertSubject(f, TN, null, BSN);
    }

    @Test
    void tr101FiresOnTwoStartsWithTheSameKeyAndOnTwoEqualPrestaties() {
        var rule = new Tr101UniqueKeys();
        assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW),
                startLine(1, TN, "2026-02-02", StatusAanlevering.NEW))), rule, Subjects.HEADER);
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3),
                debit(1, "R1", TN, "2026-02-02", "2026-02-28", 3))), rule, Subjects.HEADER);
    }

    @Test
    void tr101AcceptsDistinctKeys() {
        var rule = new Tr101UniqueKeys();
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, null), toegewezen(1, TN + 1, null))));
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-09", StatusAanlevering.DELETE),
                startLine(1, TN, "2026-02-10", StatusAanlevering.NEW))));
        assertNone(fx.check(rule, claim(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 3),
                credit(1, "R3", "R1", TN, "2026-02-02", "2026-02-28", 3))));
    }

    // ---- TR134 ------------------------------------------------------------------------------------

    @Test
    void tr134FiresOnAStartDateAfterTheDagtekening() {
        var rule = new Tr134DateNotAfterDagtekening();
        // start() is dated 2 Apr 2026
        Finding f = assertOne(fx.check(rule, start(startLine(0, TN, "2026-04-03", StatusAanlevering.NEW))), rule,
                Subjects.HEADER);
        assertSubject(f, TN, null, BSN);
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-04-30", StatusAanlevering.NEW))), rule,
                Subjects.HEADER);
    }

    @Test
    void tr134AcceptsDatesUpToTheDagtekening() {
        var rule = new Tr134DateNotAfterDagtekening();
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-04-02", StatusAanlevering.NEW))));
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-04-02", StatusAanlevering.NEW))));
    }

    // ---- TR302 ------------------------------------------------------------------------------------

    @Test
    void tr302FiresOnTheSameProductTwiceOverOverlappingPeriods() {
        var rule = new Tr302NoOverlappingAllocations();
        Finding f = assertOne(fx.check(rule, toewijzing(
                toegewezen(0, TN, null, PRODUCT, d("2026-02-02"), d("2026-07-31"), null),
                toegewezen(1, TN + 1, null, PRODUCT, d("2026-07-01"), null, null))), rule, Subjects.HEADER);
        assertSubject(f, TN + 1, null, BSN);
    }

    @Test
    void tr302AcceptsAdjacentPeriodsOtherProductsAndWithdrawals() {
        var rule = new Tr302NoOverlappingAllocations();
        assertNone(fx.check(rule, toewijzing(
                toegewezen(0, TN, null, PRODUCT, d("2026-02-02"), d("2026-06-30"), null),
                toegewezen(1, TN + 1, null, PRODUCT, d("2026-07-01"), d("2026-12-31"), null),
                toegewezen(2, TN + 2, null, new Product("45", "45A54"), d("2026-02-02"), d("2026-12-31"), null),
                toegewezen(3, TN + 3, null, PRODUCT, d("2026-03-02"), d("2026-03-02"), "13"))));
    }

    @Test
    void tr302AcceptsTheSameCodeInAnotherCategory() {
        // a Product is category and code: a regional code may recur in another category
        assertNone(fx.check(new Tr302NoOverlappingAllocations(), toewijzing(
                toegewezen(0, TN, null, new Product("45", "R0001"), d("2026-02-02"), d("2026-06-30"), null),
                toegewezen(1, TN + 1, null, new Product("54", "R0001"), d("2026-02-02"), d("2026-06-30"), null))));
    }

    // ---- TR358 ------------------------------------------------------------------------------------

    @Test
    void tr358FiresWhenTheTotalIsNotTheNetOfThePrestaties() {
        var rule = new Tr358ClaimTotal();
        Declaratie ok = claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3));
        Declaratie wrong = new Declaratie(ok.header(), ok.declaratieNummer(), ok.periode(), ok.totaalBedrag() + 1, true,
                ok.prestaties());
        Finding f = assertOne(fx.check(rule, wrong), rule, Subjects.HEADER);
        assertSubject(f, null, "DCL-TEST", null);
        Declaratie negative = claim(credit(0, "R2", "R1", TN, "2026-03-01", "2026-03-31", 3));
        Declaratie signWrong = new Declaratie(negative.header(), negative.declaratieNummer(), negative.periode(),
                negative.totaalBedrag(), true, negative.prestaties());
        assertOne(fx.check(rule, signWrong), rule, Subjects.HEADER);
    }

    @Test
    void tr358AcceptsTheNetTotalWithItsSign() {
        var rule = new Tr358ClaimTotal();
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3),
                credit(1, "R2", "R0", TN, "2026-02-02", "2026-02-28", 5))));
    }

    // ---- TR383 / TR386 ---------------------------------------------------------------------------

    @Test
    void tr383FiresOnAReferenceUsedTwiceInOneRequest() {
        var rule = new Tr383UniqueReferentieInRequest();
        Finding f = assertOne(fx.check(rule, vot("RA-1", "RA-1")), rule, Subjects.HEADER);
        assertSubject(f, null, "RA-1", BSN);
    }

    @Test
    void tr383AcceptsDistinctReferences() {
        assertNone(fx.check(new Tr383UniqueReferentieInRequest(), vot("RA-1", "RA-2")));
    }

    @Test
    void tr386FiresOnTheSameProductRequestedTwiceOverlapping() {
        var rule = new Tr386NoOverlappingRequests();
        assertOne(fx.check(rule, vot(aangevraagd(0, "RA-1", PRODUCT, "2026-05-01", "2026-12-31"),
                aangevraagd(1, "RA-2", new Product("45", null), "2026-12-01", null))), rule, Subjects.HEADER);
    }

    @Test
    void tr386AcceptsOtherProductsOrSeparatePeriods() {
        var rule = new Tr386NoOverlappingRequests();
        assertNone(fx.check(rule, vot(aangevraagd(0, "RA-1", PRODUCT, "2026-05-01", "2026-08-31"),
                aangevraagd(1, "RA-2", PRODUCT, "2026-09-01", "2026-12-31"),
                aangevraagd(2, "RA-3", new Product("45", "45A54"), "2026-05-01", "2026-12-31"))));
    }

    @Test
    void tr386AcceptsTheSameCodeInAnotherCategory() {
        assertNone(fx.check(new Tr386NoOverlappingRequests(), vot(
                aangevraagd(0, "RA-1", new Product("45", "R0001"), "2026-05-01", "2026-08-31"),
                aangevraagd(1, "RA-2", new Product("54", "R0001"), "2026-05-01", "2026-08-31"))));
    }

    @Test
    void inMessageRulesLandOnTheHeaderWithCode0001() {
        for (var rule : List.of(new Cs002BsnElfproef(), new Tr101UniqueKeys(), new Tr358ClaimTotal())) {
            org.junit.jupiter.api.Assertions.assertEquals(Finding.TECHNICAL_REJECTION, rule.retourCode());
            org.junit.jupiter.api.Assertions.assertEquals(nl.ijw.gateway.rules.RuleLevel.IN_MESSAGE, rule.level());
        }
        org.junit.jupiter.api.Assertions.assertTrue(new Tr101UniqueKeys().messages().contains(MessageType.JW323));
    }
}
