package nl.ijw.gateway.rules.request;

import static nl.ijw.gateway.rules.RuleFixture.ANTWOORD;
import static nl.ijw.gateway.rules.RuleFixture.BSN;
import static nl.ijw.gateway.rules.RuleFixture.CLIENT;
import static nl.ijw.gateway.rules.RuleFixture.VERZOEK;
import static nl.ijw.gateway.rules.RuleFixture.aangevraagdPath;
import static nl.ijw.gateway.rules.RuleFixture.allocation;
import static nl.ijw.gateway.rules.RuleFixture.answered;
import static nl.ijw.gateway.rules.RuleFixture.antwoord;
import static nl.ijw.gateway.rules.RuleFixture.assertNone;
import static nl.ijw.gateway.rules.RuleFixture.assertOne;
import static nl.ijw.gateway.rules.RuleFixture.assertSubject;
import static nl.ijw.gateway.rules.RuleFixture.put;
import static nl.ijw.gateway.rules.RuleFixture.request;
import static nl.ijw.gateway.rules.RuleFixture.vot;
import static nl.ijw.gateway.rules.RuleFixture.vow;
import static nl.ijw.gateway.rules.RuleFixture.withReferentie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.store.Request;
import nl.ijw.gateway.store.RuleState;
import nl.ijw.gateway.validation.Finding;

class RequestRulesTest {

    static RuleFixture fx;

    @BeforeAll
    static void open() {
        fx = new RuleFixture("request");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    // ---- TR347 ------------------------------------------------------------------------------------

    @Test
    void tr347FiresOnAReferenceUsedInAnEarlierRequest() {
        var rule = new Tr347ReferentieAanbiederUnique();
        Finding f = assertOne(fx.check(rule, vot("RA-0", "RA-1"), put(request("RA-1", "JW315", 7L))), rule,
                aangevraagdPath(1));
        assertSubject(f, null, "RA-1", BSN);
        assertOne(fx.check(rule, vow("RA-1"), put(request("RA-1", "JW315", 7L))), rule, VERZOEK);
    }

    @Test
    void tr347AcceptsNewReferences() {
        var rule = new Tr347ReferentieAanbiederUnique();
        assertNone(fx.check(rule, vot("RA-2"), put(request("RA-1", "JW315", 7L))));
        assertNone(fx.check(rule, vow("RA-3"), put(request("RA-1", "JW315", 7L))));
    }

    // ---- TR374 ------------------------------------------------------------------------------------

    @Test
    void tr374FiresWhileAnEarlierRequestWaits() {
        var rule = new Tr374NoRequestWhilePending();
        Finding f = assertOne(fx.check(rule, vot("RA-2"), put(request("RA-1", "JW315", null))), rule, CLIENT);
        assertSubject(f, null, "RA-2", BSN);
        // "under investigation" keeps it pending
        assertOne(fx.check(rule, vow("RA-2"), put(request("RA-1", "JW315", 7L)),
                answered("RA-1", RuleState.Answer.ANSWER, "2")), rule, VERZOEK);
    }

    @Test
    void tr374AcceptsWhenEarlierRequestsAreAnswered() {
        var rule = new Tr374NoRequestWhilePending();
        assertNone(fx.check(rule, vot("RA-2")));
        assertNone(fx.check(rule, vot("RA-2"), put(request("RA-1", "JW315", 7L)),
                answered("RA-1", RuleState.Answer.ALLOCATION, null)));
        assertNone(fx.check(rule, vow("RA-2"), put(request("RA-1", "JW315", 7L)),
                answered("RA-1", RuleState.Answer.ANSWER, "2"), answered("RA-1", RuleState.Answer.ANSWER, "1")));
        // pending, but for another municipality
        Request elsewhere = new Request(RuleFixture.P, "RA-1", Party.of("0363"), "JW315", BSN, RuleFixture.RECEIVED, 5L,
                null);
        assertNone(fx.check(rule, vot("RA-2"), put(elsewhere)));
    }

    // ---- TR355 ------------------------------------------------------------------------------------

    @Test
    void tr355FiresOnAnAnswerWithoutRequest() {
        var rule = new Tr355AnswerNeedsRequest();
        // the provider's request went to another municipality
        var elsewhere = new nl.ijw.gateway.store.Request(RuleFixture.P, "RA-9", nl.ijw.gateway.domain.Party.of("0363"),
                "JW315", RuleFixture.BSN, RuleFixture.RECEIVED, 5L, null);
        Finding f = assertOne(fx.check(rule, antwoord("RA-9", "1"), put(elsewhere)), rule, ANTWOORD);
        assertSubject(f, null, "RA-9", RuleFixture.BSN);
    }

    @Test
    void tr355DoesNotJudgeARequestTheGatewayNeverSaw() {
        // the request may predate the gateway: it cannot know, so it must not reject the answer
        assertNone(fx.check(new Tr355AnswerNeedsRequest(), antwoord("RA-9", "1")));
    }

    @Test
    void tr355AcceptsAnAnswerToAKnownRequest() {
        assertNone(fx.check(new Tr355AnswerNeedsRequest(), antwoord("RA-1", "1"), put(request("RA-1", "JW317", null))));
    }

    // ---- TR359 ------------------------------------------------------------------------------------

    @Test
    void tr359FiresAfterAnAllocationHonouredTheRequest() {
        var rule = new Tr359NoAnswerAfterAllocation();
        assertOne(fx.check(rule, antwoord("RA-1", "1"), put(request("RA-1", "JW315", 7L)),
                answered("RA-1", RuleState.Answer.ALLOCATION, null)), rule, ANTWOORD);
        assertOne(fx.check(rule, antwoord("RA-1", "1"), put(withReferentie(allocation(), "RA-1"))), rule, ANTWOORD);
    }

    @Test
    void tr359AcceptsAnAnswerBeforeAnyAllocation() {
        assertNone(fx.check(new Tr359NoAnswerAfterAllocation(), antwoord("RA-1", "1"), put(request("RA-1", "JW315", null)),
                put(allocation())));
    }

    // ---- TR360 ------------------------------------------------------------------------------------

    @Test
    void tr360FiresOnUnderInvestigationAfterAnEarlierAnswer() {
        var rule = new Tr360UnderInvestigationOnlyFirst();
        assertOne(fx.check(rule, antwoord("RA-1", "2"), answered("RA-1", RuleState.Answer.ANSWER, "2")), rule, ANTWOORD);
    }

    @Test
    void tr360AcceptsUnderInvestigationAsFirstAnswerAndARejectionAfterIt() {
        var rule = new Tr360UnderInvestigationOnlyFirst();
        assertNone(fx.check(rule, antwoord("RA-1", "2")));
        assertNone(fx.check(rule, antwoord("RA-1", "1"), answered("RA-1", RuleState.Answer.ANSWER, "2")));
    }

    // ---- TR365 ------------------------------------------------------------------------------------

    @Test
    void tr365FiresAfterAFinalAnswer() {
        var rule = new Tr365NoAnswerAfterFinalAnswer();
        assertOne(fx.check(rule, antwoord("RA-1", "1"), answered("RA-1", RuleState.Answer.ANSWER, "1")), rule, ANTWOORD);
    }

    @Test
    void tr365AcceptsAFinalAnswerAfterUnderInvestigation() {
        var rule = new Tr365NoAnswerAfterFinalAnswer();
        assertNone(fx.check(rule, antwoord("RA-1", "1"), answered("RA-1", RuleState.Answer.ANSWER, "2")));
        assertNone(fx.check(rule, antwoord("RA-1", "1")));
    }
}
