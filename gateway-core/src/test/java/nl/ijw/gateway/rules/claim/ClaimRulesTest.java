package nl.ijw.gateway.rules.claim;

import static nl.ijw.gateway.rules.RuleFixture.BSN;
import static nl.ijw.gateway.rules.RuleFixture.OTHER_BSN;
import static nl.ijw.gateway.rules.RuleFixture.OTHER_P;
import static nl.ijw.gateway.rules.RuleFixture.PRODUCT;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.WEEKLY_3H;
import static nl.ijw.gateway.rules.RuleFixture.allocation;
import static nl.ijw.gateway.rules.RuleFixture.assertNone;
import static nl.ijw.gateway.rules.RuleFixture.assertOne;
import static nl.ijw.gateway.rules.RuleFixture.assertSubject;
import static nl.ijw.gateway.rules.RuleFixture.claim;
import static nl.ijw.gateway.rules.RuleFixture.credit;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.debit;
import static nl.ijw.gateway.rules.RuleFixture.forClient;
import static nl.ijw.gateway.rules.RuleFixture.line;
import static nl.ijw.gateway.rules.RuleFixture.period;
import static nl.ijw.gateway.rules.RuleFixture.prestatiePath;
import static nl.ijw.gateway.rules.RuleFixture.put;
import static nl.ijw.gateway.rules.RuleFixture.with;
import static nl.ijw.gateway.rules.RuleFixture.withProduct;
import static nl.ijw.gateway.rules.RuleFixture.withdrawn;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Omvang;
import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.validation.Finding;

/** The claim rules that judge one prestatie at a time. */
class ClaimRulesTest {

    static RuleFixture fx;

    @BeforeAll
    static void open() {
        fx = new RuleFixture("claim");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static final String P0 = prestatiePath(0);

    // ---- TR333 ------------------------------------------------------------------------------------

    @Test
    void tr333FiresOnADeclaratieNummerUsedBefore() {
        var rule = new Tr333DeclaratieNummerUnique();
        Finding f = assertOne(fx.check(rule, claim("DCL-1", debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)),
                s -> s.rules().putClaim(RuleFixture.P, "DCL-1", RuleFixture.M, period("2026-02-01", "2026-02-28"), 1L)),
                rule, Tr333DeclaratieNummerUnique.DECLARATIE);
        assertSubject(f, null, "DCL-1", null);
        // known only from its approved lines
        assertOne(fx.check(rule, claim("DCL-EARLIER", debit(0, "R2", TN, "2026-03-01", "2026-03-31", 3)),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 3, true, null))), rule, Tr333DeclaratieNummerUnique.DECLARATIE);
    }

    @Test
    void tr333AcceptsANewNumber() {
        assertNone(fx.check(new Tr333DeclaratieNummerUnique(), claim("DCL-2", debit(0, "R1", TN, "2026-03-01",
                "2026-03-31", 3)), put(line("R0", TN, "2026-02-02", "2026-02-28", 3, true, null))));
    }

    // ---- TR314 ------------------------------------------------------------------------------------

    @Test
    void tr314FiresOnAReferentieNummerUsedBeforeOrTwiceHere() {
        var rule = new Tr314ReferentieNummerUnique();
        Finding f = assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 3, true, null))), rule, P0);
        assertSubject(f, TN, "R1", BSN);
        // an earlier rejected prestatie used it up too
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)),
                s -> s.rules().putPrestatie(RuleFixture.P, "R1", RuleFixture.M, PRODUCT, false, 1L)), rule, P0);
        assertOne(fx.check(rule, claim(debit(0, "R5", TN, "2026-03-01", "2026-03-31", 3),
                credit(1, "R5", "R0", TN, "2026-02-02", "2026-02-28", 3))), rule, prestatiePath(1));
    }

    @Test
    void tr314AcceptsNewReferences() {
        assertNone(fx.check(new Tr314ReferentieNummerUnique(), claim(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 3),
                credit(1, "R3", "R1", TN, "2026-02-02", "2026-02-28", 3)),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 3, true, null))));
    }

    // ---- TR338 / TR304 / TR384 --------------------------------------------------------------------

    @Test
    void tr338FiresWithoutAnAllocationForThisProvider() {
        var rule = new Tr338PrestatieNeedsAllocation();
        Finding f = assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)),
                RuleFixture.ALL_ALLOCATIONS), rule, P0);
        assertSubject(f, TN, "R1", BSN);
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)),
                put(forClient(allocation(), OTHER_P, BSN))), rule, P0);
    }

    /**
     * Its JW301 may predate the gateway's record (another provider's allocation the store holds is
     * judged under the same default: {@link #tr338FiresWithoutAnAllocationForThisProvider}).
     */
    @Test
    void tr338DoesNotJudgeAnUnknownAllocationUnlessTheStoreHoldsThemAll() {
        var rule = new Tr338PrestatieNeedsAllocation();
        Finding f = RuleFixture.assertNotJudged(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3))),
                rule, P0);
        assertSubject(f, TN, "R1", BSN);
    }

    @Test
    void tr338AcceptsAKnownAllocationAndSkipsCredits() {
        var rule = new Tr338PrestatieNeedsAllocation();
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)), put(allocation())));
        assertNone(fx.check(rule, claim(credit(0, "R2", "R1", TN, "2026-03-01", "2026-03-31", 3))));
    }

    @Test
    void tr304FiresWhenTheAllocationBelongsToAnotherClient() {
        var rule = new Tr304PrestatieOfThisClient();
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)),
                put(forClient(allocation(), RuleFixture.P, OTHER_BSN))), rule, P0);
    }

    @Test
    void tr304AcceptsTheClientsOwnAllocation() {
        assertNone(fx.check(new Tr304PrestatieOfThisClient(), claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)),
                put(allocation())));
    }

    @Test
    void tr384FiresOnAWithdrawnAllocation() {
        var rule = new Tr384NoClaimOnWithdrawnAllocation();
        Finding f = assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-02-02", "2026-02-02", 3)),
                put(withdrawn(allocation()))), rule, P0);
        assertSubject(f, TN, "R1", BSN);
    }

    @Test
    void tr384AcceptsAnAllocationInForce() {
        assertNone(fx.check(new Tr384NoClaimOnWithdrawnAllocation(), claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31",
                3)), put(allocation())));
    }

    // ---- TR307 / TR308 / TR387 / TR388 / TR319 --------------------------------------------------

    @Test
    void tr307FiresOnAPeriodBeginningBeforeTheAllocation() {
        var rule = new Tr307PeriodStartsInAllocation();
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-01-26", "2026-01-31", 3)), put(allocation())), rule, P0);
    }

    @Test
    void tr307AcceptsAPeriodFromTheAllocationStart() {
        var rule = new Tr307PeriodStartsInAllocation();
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-02-02", "2026-02-28", 3)), put(allocation())));
        // a withdrawn allocation is TR384's business only
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-01-26", "2026-01-31", 3)), put(withdrawn(allocation()))));
    }

    @Test
    void tr308FiresOnAPeriodEndingAfterTheAllocation() {
        var rule = new Tr308PeriodEndsInAllocation();
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-07-01", "2026-08-31", 3)), put(allocation())), rule, P0);
    }

    @Test
    void tr308AcceptsAPeriodWithinTheAllocationOrAnOpenEnd() {
        var rule = new Tr308PeriodEndsInAllocation();
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-07-01", "2026-07-31", 3)), put(allocation())));
        Allocation open = allocation(TN, d("2026-02-02"), null, new Omvang(3, "04", "4"), null);
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2027-07-01", "2027-07-31", 3)), put(open)));
    }

    @Test
    void tr387FiresWhenThePeriodDoesNotBeginOnTheFirstOrTheAllocationStart() {
        var rule = new Tr387PeriodStartsOnFirstDay();
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-02-03", "2026-02-28", 3)), put(allocation())), rule, P0);
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-02", "2026-03-31", 3)), put(allocation())), rule, P0);
    }

    @Test
    void tr387AcceptsTheFirstOfTheMonthOrTheAllocationStart() {
        var rule = new Tr387PeriodStartsOnFirstDay();
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-02-02", "2026-02-28", 3)), put(allocation())));
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)), put(allocation())));
    }

    @Test
    void tr388FiresWhenThePeriodDoesNotEndOnTheLastDayOrTheAllocationEnd() {
        var rule = new Tr388PeriodEndsOnLastDay();
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-30", 3)), put(allocation())), rule, P0);
        Allocation shortened = allocation(TN, d("2026-02-02"), d("2026-07-15"), WEEKLY_3H, null);
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-07-01", "2026-07-31", 3)), put(shortened)), rule, P0);
    }

    @Test
    void tr388AcceptsTheLastOfTheMonthOrTheAllocationEnd() {
        var rule = new Tr388PeriodEndsOnLastDay();
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)), put(allocation())));
        Allocation shortened = allocation(TN, d("2026-02-02"), d("2026-07-15"), WEEKLY_3H, null);
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-07-01", "2026-07-15", 3)), put(shortened)));
    }

    @Test
    void tr319FiresOnAPeriodAfterTheDeclaratiePeriode() {
        var rule = new Tr319PeriodNotAfterDeclaratiePeriode();
        Finding f = assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-04-01", "2026-04-30", 3))), rule, P0);
        assertSubject(f, TN, "R1", BSN);
    }

    @Test
    void tr319AcceptsTheSameOrAnEarlierMonth() {
        assertNone(fx.check(new Tr319PeriodNotAfterDeclaratiePeriode(), claim(debit(0, "R1", TN, "2026-02-02",
                "2026-02-28", 3), debit(1, "R2", TN, "2026-03-01", "2026-03-31", 3))));
    }

    // ---- TR339 / TR340 / TR341 ----------------------------------------------------------------------

    @Test
    void tr339FiresOnAnotherCategory() {
        var rule = new Tr339CategoryMatchesAllocation();
        var p = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), new Product("46", "45A53"), "04", 3, 9874L, 29622);
        assertOne(fx.check(rule, claim(p), put(allocation())), rule, P0);
    }

    @Test
    void tr339AcceptsTheSameCategoryOrAGenericAllocation() {
        var rule = new Tr339CategoryMatchesAllocation();
        var p = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), new Product("46", "46A01"), "04", 3, 9874L, 29622);
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)), put(allocation())));
        assertNone(fx.check(rule, claim(p), put(withProduct(allocation(), Product.NONE))));
    }

    @Test
    void tr340FiresOnAnotherCode() {
        var rule = new Tr340CodeMatchesAllocation();
        var p = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), new Product("45", "45A54"), "04", 3, 9874L, 29622);
        assertOne(fx.check(rule, claim(p), put(allocation())), rule, P0);
    }

    @Test
    void tr340AcceptsAnyCodeOnAnAspecificAllocation() {
        var rule = new Tr340CodeMatchesAllocation();
        var p = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), new Product("45", "45A54"), "04", 3, 9874L, 29622);
        assertNone(fx.check(rule, claim(p), put(withProduct(allocation(), new Product("45", null)))));
    }

    @Test
    void tr341FiresOnAnotherUnit() {
        var rule = new Tr341UnitMatchesAllocation();
        var p = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), PRODUCT, "14", 3, 9874L, 29622);
        assertOne(fx.check(rule, claim(p), put(allocation())), rule, P0);
    }

    @Test
    void tr341AcceptsMinutesOnAnHourAllocationAndAllocationsWithoutOmvang() {
        var rule = new Tr341UnitMatchesAllocation();
        var minutes = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), PRODUCT, "01", 180, 165L, 29700);
        assertNone(fx.check(rule, claim(minutes), put(allocation())));
        var pieces = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), PRODUCT, "82", 1, 50000L, 50000);
        assertNone(fx.check(rule, claim(pieces), put(allocation(TN, d("2026-02-02"), d("2026-07-31"), null, 900000L))));
    }

    // ---- TR321 --------------------------------------------------------------------------------------

    @Test
    void tr321FiresWhenAPrestatieExceedsItsWeeks() {
        var rule = new Tr321VolumeWithinPeriod();
        // 2-28 Feb 2026 touches calendar weeks 6 to 9: at most 4 x 3 = 12 hours
        Finding f = assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-02-02", "2026-02-28", 14)), put(allocation())),
                rule, P0);
        assertSubject(f, TN, "R1", BSN);
        var minutes = with(debit(0, "R1", TN, "2026-02-02", "2026-02-28", 0), PRODUCT, "01", 721, 165L, 118965);
        assertOne(fx.check(rule, claim(minutes), put(allocation())), rule, P0);
    }

    @Test
    void tr321AcceptsTheAllocatedVolume() {
        var rule = new Tr321VolumeWithinPeriod();
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-02-02", "2026-02-28", 12)), put(allocation())));
        var minutes = with(debit(0, "R1", TN, "2026-02-02", "2026-02-28", 0), PRODUCT, "01", 720, 165L, 118800);
        assertNone(fx.check(rule, claim(minutes), put(allocation())));
        // a period wholly before the allocation is TR307's, not this rule's
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-01-26", "2026-01-31", 3)), put(allocation())));
    }

    @Test
    void tr321CountsSundaysForOutputPerWeek() {
        var rule = new Tr321VolumeWithinPeriod();
        // IV076/IV077: 7 Jul - 5 Sep 2025, 1 piece a week: Jul 3, Aug 5 + 1 for the last partial week, Sep 0
        Allocation output = allocation(TN, d("2025-07-07"), d("2025-09-05"), new Omvang(1, "82", "2"), null);
        var aug = with(debit(0, "R1", TN, "2025-08-01", "2025-08-31", 0), PRODUCT, "82", 6, 5000L, 30000);
        assertNone(fx.check(rule, claim(aug), put(output)));
        var augTooMuch = with(aug, PRODUCT, "82", 7, 5000L, 35000);
        assertOne(fx.check(rule, claim(augTooMuch), put(output)), rule, P0);
        var sep = with(debit(0, "R1", TN, "2025-09-01", "2025-09-05", 0), PRODUCT, "82", 1, 5000L, 5000);
        assertOne(fx.check(rule, claim(sep), put(output)), rule, P0);
        var jul = with(debit(0, "R1", TN, "2025-07-07", "2025-07-31", 0), PRODUCT, "82", 3, 5000L, 15000);
        assertNone(fx.check(rule, claim(jul), put(output)));
    }

    @Test
    void tr321PerDayAndPerMonth() {
        var rule = new Tr321VolumeWithinPeriod();
        Allocation daily = allocation(TN, d("2026-02-02"), d("2026-07-31"), new Omvang(2, "04", "1"), null);
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 62)), put(daily)));
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 63)), put(daily)), rule, P0);
        // per month: the whole volume even for the partial first month (IV078)
        Allocation monthly = allocation(TN, d("2026-02-02"), d("2026-07-31"), new Omvang(10, "04", "4"), null);
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-02-02", "2026-02-28", 10)), put(monthly)));
        assertOne(fx.check(rule, claim(debit(0, "R1", TN, "2026-02-02", "2026-02-28", 11)), put(monthly)), rule, P0);
    }
}
