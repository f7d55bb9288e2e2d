package nl.ijw.gateway.rules.claim;

import static nl.ijw.gateway.rules.RuleFixture.BSN;
import static nl.ijw.gateway.rules.RuleFixture.PRODUCT;
import static nl.ijw.gateway.rules.RuleFixture.RECEIVED;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.allocation;
import static nl.ijw.gateway.rules.RuleFixture.assertNone;
import static nl.ijw.gateway.rules.RuleFixture.assertOne;
import static nl.ijw.gateway.rules.RuleFixture.assertSubject;
import static nl.ijw.gateway.rules.RuleFixture.claim;
import static nl.ijw.gateway.rules.RuleFixture.credit;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.debit;
import static nl.ijw.gateway.rules.RuleFixture.line;
import static nl.ijw.gateway.rules.RuleFixture.prestatiePath;
import static nl.ijw.gateway.rules.RuleFixture.put;
import static nl.ijw.gateway.rules.RuleFixture.with;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Omvang;
import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.validation.Finding;

/** Credits, double claims and the cumulative checks, with the processing order inside one claim. */
class ClaimCumulativeRulesTest {

    static RuleFixture fx;

    @BeforeAll
    static void open() {
        fx = new RuleFixture("claim-cumulative");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static final String P0 = prestatiePath(0);

    // ---- TR323 / TR390 ------------------------------------------------------------------------------

    @Test
    void tr323FiresOnACreditWithoutApprovedDebit() {
        var rule = new Tr323CreditNeedsApprovedDebit();
        Finding f = assertOne(fx.check(rule, claim(credit(0, "C1", "R9", TN, "2026-02-02", "2026-02-28", 3))), rule, P0);
        assertSubject(f, TN, "C1", BSN);
        // pointing at a credit is not pointing at a debit
        assertOne(fx.check(rule, claim(credit(0, "C2", "C1", TN, "2026-02-02", "2026-02-28", 3)),
                put(line("C1", TN, "2026-02-02", "2026-02-28", 3, false, "R1"))), rule, P0);
    }

    @Test
    void tr323DoesNotJudgeACreditWhoseDebitMayPredateTheGateway() {
        // recording since 1 March: the debit for February may have been claimed before
        var rule = new Tr323CreditNeedsApprovedDebit();
        var creditOfFebruary = claim(credit(0, "C1", "R9", TN, "2026-02-02", "2026-02-28", 3));
        assertNone(fx.checkRecordingSince(java.time.Instant.parse("2026-03-01T08:00:00Z"), rule, creditOfFebruary));
        assertOne(fx.checkRecordingSince(java.time.Instant.parse("2026-02-01T08:00:00Z"), rule, creditOfFebruary), rule,
                P0);
    }

    @Test
    void tr323AcceptsACreditOfAnApprovedDebit() {
        assertNone(fx.check(new Tr323CreditNeedsApprovedDebit(), claim(credit(0, "C1", "R1", TN, "2026-02-02",
                "2026-02-28", 3)), put(line("R1", TN, "2026-02-02", "2026-02-28", 3, true, null))));
    }

    @Test
    void tr390FiresOnASecondCreditOfOneDebit() {
        var rule = new Tr390CreditOnlyOnce();
        assertOne(fx.check(rule, claim(credit(0, "C2", "R1", TN, "2026-02-02", "2026-02-28", 3)),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 3, true, null)),
                put(line("C1", TN, "2026-02-02", "2026-02-28", 3, false, "R1"))), rule, P0);
    }

    @Test
    void tr390AcceptsTheFirstCredit() {
        assertNone(fx.check(new Tr390CreditOnlyOnce(), claim(credit(0, "C2", "R1", TN, "2026-02-02", "2026-02-28", 3)),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 3, true, null)),
                put(line("C1", TN, "2026-03-01", "2026-03-31", 3, false, "R0"))));
    }

    // ---- TR389 ------------------------------------------------------------------------------------

    @Test
    void tr389FiresOnASecondDebitForTheSamePeriod() {
        var rule = new Tr389NoSecondDebit();
        Finding f = assertOne(fx.check(rule, claim(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 3)),
                put(line("R1", TN, "2026-03-01", "2026-03-31", 3, true, null))), rule, P0);
        assertSubject(f, TN, "R2", BSN);
    }

    @Test
    void tr389AcceptsARedoAfterACreditAlsoInTheSameClaim() {
        var rule = new Tr389NoSecondDebit();
        // credited in an earlier claim
        assertNone(fx.check(rule, claim(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 3)),
                put(line("R1", TN, "2026-03-01", "2026-03-31", 3, true, null)),
                put(line("C1", TN, "2026-03-01", "2026-03-31", 3, false, "R1"))));
        // IV086: credit and new debit in one claim, the debit listed first (credits are processed first)
        assertNone(fx.check(rule, claim(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 2),
                credit(1, "C1", "R1", TN, "2026-03-01", "2026-03-31", 3)),
                put(line("R1", TN, "2026-03-01", "2026-03-31", 3, true, null))));
        // another product on an aspecific allocation
        assertNone(fx.check(rule, claim(with(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 3), new Product("45", "45A54"),
                "04", 3, 9874L, 29622)), put(line("R1", TN, "2026-03-01", "2026-03-31", 3, true, null)),
                s -> s.rules().putPrestatie(RuleFixture.P, "R1", RuleFixture.M, PRODUCT, true, 9L)));
        assertNone(fx.check(rule, claim(debit(0, "R2", TN, "2026-04-01", "2026-04-30", 3)),
                put(line("R1", TN, "2026-03-01", "2026-03-31", 3, true, null))));
    }

    // ---- TR322 ------------------------------------------------------------------------------------

    @Test
    void tr322FiresWhenApprovedAndNewTogetherExceedTheAllocation() {
        var rule = new Tr322CumulativeVolume();
        // 2 Feb - 31 Jul 2026 touches 26 calendar weeks: 78 hours in all
        Finding f = assertOne(fx.check(rule, claim(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 9)), put(allocation()),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 70, true, null))), rule, P0);
        assertSubject(f, TN, "R2", BSN);
        // a debit earlier in the same claim counts
        assertOne(fx.check(rule, claim(debit(0, "R2", TN, "2026-02-02", "2026-02-28", 40),
                debit(1, "R3", TN, "2026-03-01", "2026-03-31", 40)), put(allocation())), rule, prestatiePath(1));
    }

    @Test
    void tr322AcceptsUpToTheTotalAndIgnoresCreditedDebits() {
        var rule = new Tr322CumulativeVolume();
        assertNone(fx.check(rule, claim(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 8)), put(allocation()),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 70, true, null))));
        // the credit in the same claim frees the volume, wherever it is listed
        assertNone(fx.check(rule, claim(debit(0, "R2", TN, "2026-02-02", "2026-02-28", 12),
                credit(1, "C1", "R1", TN, "2026-02-02", "2026-02-28", 70)), put(allocation()),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 70, true, null))));
        // open-ended per month: no finite total
        Allocation open = allocation(TN, d("2026-02-02"), null, new Omvang(10, "04", "4"), null);
        assertNone(fx.check(rule, claim(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 10)), put(open),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 1000, true, null))));
    }

    @Test
    void tr322DoesNotCountADebitRejectedByAnotherRuleInTheSameClaim() {
        RuleSet both = new RuleSet(List.of(new Tr321VolumeWithinPeriod(), new Tr322CumulativeVolume()));
        // March touches 6 calendar weeks: 18 hours at most, so the 19 hours are rejected by TR321
        List<Finding> f = fx.check(both, claim(debit(0, "R2", TN, "2026-03-01", "2026-03-31", 19),
                debit(1, "R3", TN, "2026-04-01", "2026-04-30", 5)), RulesConfig.NONE, RECEIVED, put(allocation()),
                put(line("R1", TN, "2026-02-02", "2026-02-28", 70, true, null)));
        // the 19 hours are rejected (TR321, and TR322 too: 70 + 19 > 78); the 5 hours of April then fit
        org.junit.jupiter.api.Assertions.assertTrue(f.stream().noneMatch(x -> x.location().path().equals(prestatiePath(1))),
                () -> RuleFixture.describe(f));
        RuleFixture.assertHas(f, "TR321", "9321", P0);
    }

    // ---- TR369 ------------------------------------------------------------------------------------

    private static Allocation budget(long cents) {
        return allocation(TN, d("2026-02-02"), d("2026-07-31"), null, cents);
    }

    private static nl.ijw.gateway.domain.Declaratie.Prestatie euros(int i, String rn, String vorig, long cents,
                                                                    boolean debet) {
        var base = debet ? debit(i, rn, TN, "2026-03-01", "2026-03-31", 0)
                : credit(i, rn, vorig, TN, "2026-02-02", "2026-02-28", 0);
        return with(base, PRODUCT, "83", cents, null, cents);
    }

    @Test
    void tr369FiresWhenTheBudgetIsExceeded() {
        var rule = new Tr369CumulativeBudget();
        var earlier = new nl.ijw.gateway.store.ClaimLine(RuleFixture.P, "R1", RuleFixture.M, "DCL-0", BSN,
                nl.ijw.gateway.domain.ToewijzingNummer.of(TN), RuleFixture.period("2026-02-02", "2026-02-28"), 90000, "83",
                null, 90000, true, null, 9L);
        Finding f = assertOne(fx.check(rule, claim(euros(0, "R2", null, 15000, true)), put(budget(100000)), put(earlier)),
                rule, P0);
        assertSubject(f, TN, "R2", BSN);
        assertOne(fx.check(rule, claim(euros(0, "R2", null, 60000, true), euros(1, "R3", null, 60000, true)),
                put(budget(100000))), rule, prestatiePath(1));
    }

    @Test
    void tr369AcceptsWithinBudgetAndCountsCreditsFirst() {
        var rule = new Tr369CumulativeBudget();
        var earlier = new nl.ijw.gateway.store.ClaimLine(RuleFixture.P, "R1", RuleFixture.M, "DCL-0", BSN,
                nl.ijw.gateway.domain.ToewijzingNummer.of(TN), RuleFixture.period("2026-02-02", "2026-02-28"), 90000, "83",
                null, 90000, true, null, 9L);
        assertNone(fx.check(rule, claim(euros(0, "R2", null, 10000, true)), put(budget(100000)), put(earlier)));
        assertNone(fx.check(rule, claim(euros(0, "R2", null, 95000, true), euros(1, "C1", "R1", 90000, false)),
                put(budget(100000)), put(earlier)));
    }
}
