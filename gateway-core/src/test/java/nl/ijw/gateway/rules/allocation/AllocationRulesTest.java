package nl.ijw.gateway.rules.allocation;

import static nl.ijw.gateway.rules.RuleFixture.BSN;
import static nl.ijw.gateway.rules.RuleFixture.OTHER_BSN;
import static nl.ijw.gateway.rules.RuleFixture.OTHER_P;
import static nl.ijw.gateway.rules.RuleFixture.PRODUCT;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.allocation;
import static nl.ijw.gateway.rules.RuleFixture.answered;
import static nl.ijw.gateway.rules.RuleFixture.assertNone;
import static nl.ijw.gateway.rules.RuleFixture.assertOne;
import static nl.ijw.gateway.rules.RuleFixture.assertSubject;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.forClient;
import static nl.ijw.gateway.rules.RuleFixture.put;
import static nl.ijw.gateway.rules.RuleFixture.request;
import static nl.ijw.gateway.rules.RuleFixture.toegewezen;
import static nl.ijw.gateway.rules.RuleFixture.toegewezenPath;
import static nl.ijw.gateway.rules.RuleFixture.toewijzing;
import static nl.ijw.gateway.rules.RuleFixture.withReferentie;
import static nl.ijw.gateway.rules.RuleFixture.withdrawn;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.store.RuleState;
import nl.ijw.gateway.validation.Finding;

class AllocationRulesTest {

    static RuleFixture fx;

    @BeforeAll
    static void open() {
        fx = new RuleFixture("allocation");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    // ---- TR332 ------------------------------------------------------------------------------------

    @Test
    void tr332FiresWhenTheNumberBelongsToAnotherClientOrProvider() {
        var rule = new Tr332ToewijzingNummerUnique();
        Finding f = assertOne(fx.check(rule, toewijzing(toegewezen(0, TN, null)),
                put(forClient(allocation(), RuleFixture.P, OTHER_BSN))), rule, toegewezenPath(0));
        assertSubject(f, TN, null, BSN);
        assertOne(fx.check(rule, toewijzing(toegewezen(0, TN, null)), put(forClient(allocation(), OTHER_P, BSN))),
                rule, toegewezenPath(0));
    }

    @Test
    void tr332FiresWhenTheProductOrIngangsdatumChanges() {
        var rule = new Tr332ToewijzingNummerUnique();
        assertOne(fx.check(rule, toewijzing(toegewezen(0, TN, null, new Product("45", "45A54"), d("2026-02-02"),
                d("2026-07-31"), null)), put(allocation())), rule, toegewezenPath(0));
        assertOne(fx.check(rule, toewijzing(toegewezen(0, TN, null, PRODUCT, d("2026-03-02"), d("2026-07-31"), null)),
                put(allocation())), rule, toegewezenPath(0));
    }

    @Test
    void tr332AcceptsANewNumberAndAChangeOfTheSameAllocation() {
        var rule = new Tr332ToewijzingNummerUnique();
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, null))));
        // shortened: same client, provider, product and Ingangsdatum
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, null, PRODUCT, d("2026-02-02"), d("2026-05-31"), "05")),
                put(allocation())));
        // withdrawn as if never sent
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, null, PRODUCT, d("2026-02-02"), d("2026-02-02"), "13")),
                put(allocation())));
    }

    // ---- TR379 ------------------------------------------------------------------------------------

    @Test
    void tr379FiresWithoutAMatchingRequest() {
        var rule = new Tr379ReferentieOnlyWhenHonouring();
        // a request of another client
        var other = new nl.ijw.gateway.store.Request(RuleFixture.P, "VOT-1", RuleFixture.M, "JW315", OTHER_BSN,
                RuleFixture.RECEIVED, 5L, null);
        Finding f = assertOne(fx.check(rule, toewijzing(toegewezen(0, TN, "VOT-1")), put(other)), rule,
                toegewezenPath(0));
        assertSubject(f, TN, "VOT-1", BSN);
    }

    @Test
    void tr379DoesNotJudgeARequestTheGatewayNeverSaw() {
        // the VOT may have been sent before the gateway started: it cannot know, so it must not reject
        assertNone(fx.check(new Tr379ReferentieOnlyWhenHonouring(), toewijzing(toegewezen(0, TN, "VOT-1"))));
    }

    @Test
    void tr379AcceptsTheSameAllocationSentAgainWithItsReference() {
        // OP087: every JW301 repeats the client's current allocations, with the reference they carry
        assertNone(fx.check(new Tr379ReferentieOnlyWhenHonouring(), toewijzing(toegewezen(0, TN, "VOT-1")),
                put(request("VOT-1", "JW315", 7L)), answered("VOT-1", RuleState.Answer.ALLOCATION, null),
                put(withReferentie(allocation(), "VOT-1"))));
    }

    @Test
    void tr379FiresWhenTheRequestWasRejectedOrAlreadyHonoured() {
        var rule = new Tr379ReferentieOnlyWhenHonouring();
        assertOne(fx.check(rule, toewijzing(toegewezen(0, TN, "VOT-1")), put(request("VOT-1", "JW315", 7L)),
                answered("VOT-1", RuleState.Answer.ANSWER, "1")), rule, toegewezenPath(0));
        assertOne(fx.check(rule, toewijzing(toegewezen(0, TN + 1, "VOT-1")), put(request("VOT-1", "JW315", 7L)),
                put(withReferentie(allocation(), "VOT-1"))), rule, toegewezenPath(0));
    }

    @Test
    void tr379AcceptsHonouringAPendingRequestAndAnEmptyReference() {
        var rule = new Tr379ReferentieOnlyWhenHonouring();
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, "VOT-1")), put(request("VOT-1", "JW315", null))));
        // under investigation first, then honoured
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, "VOT-1")), put(request("VOT-1", "JW315", 7L)),
                answered("VOT-1", RuleState.Answer.ANSWER, "2")));
        // a VOW honoured: every product of the one JW301 carries the reference
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, "VOW-1"), toegewezen(1, TN + 1, "VOW-1")),
                put(request("VOW-1", "JW317", null))));
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, null)), put(allocation())));
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, null)), put(withdrawn(allocation()))));
    }
}
