package nl.ijw.gateway.rules.delivery;

import static nl.ijw.gateway.domain.StatusAanlevering.DELETE;
import static nl.ijw.gateway.domain.StatusAanlevering.NEW;
import static nl.ijw.gateway.rules.RuleFixture.BSN;
import static nl.ijw.gateway.rules.RuleFixture.OTHER_BSN;
import static nl.ijw.gateway.rules.RuleFixture.OTHER_P;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.allocation;
import static nl.ijw.gateway.rules.RuleFixture.assertNone;
import static nl.ijw.gateway.rules.RuleFixture.assertOne;
import static nl.ijw.gateway.rules.RuleFixture.assertSubject;
import static nl.ijw.gateway.rules.RuleFixture.deleted;
import static nl.ijw.gateway.rules.RuleFixture.forClient;
import static nl.ijw.gateway.rules.RuleFixture.put;
import static nl.ijw.gateway.rules.RuleFixture.running;
import static nl.ijw.gateway.rules.RuleFixture.start;
import static nl.ijw.gateway.rules.RuleFixture.startLine;
import static nl.ijw.gateway.rules.RuleFixture.startPath;
import static nl.ijw.gateway.rules.RuleFixture.stop;
import static nl.ijw.gateway.rules.RuleFixture.stopLine;
import static nl.ijw.gateway.rules.RuleFixture.stopPath;
import static nl.ijw.gateway.rules.RuleFixture.stopped;
import static nl.ijw.gateway.rules.RuleFixture.withdrawn;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.validation.Finding;

class DeliveryRulesTest {

    static RuleFixture fx;

    @BeforeAll
    static void open() {
        fx = new RuleFixture("delivery");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    // ---- TR019 ------------------------------------------------------------------------------------

    @Test
    void tr019FiresOnAStartOfAnUnknownOrWithdrawnAllocation() {
        var rule = new Tr019DeliveryNeedsAllocation();
        Finding f = assertOne(fx.check(rule, start(startLine(0, TN + 9, "2026-02-02", NEW)), RuleFixture.ALL_ALLOCATIONS,
                put(allocation())), rule, startPath(0));
        assertSubject(f, TN + 9, null, BSN);
        assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-02", NEW)), put(withdrawn(allocation()))), rule,
                startPath(0));
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-03-31", NEW)),
                put(forClient(allocation(), OTHER_P, BSN))), rule, stopPath(0));
        assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-02", NEW)),
                put(forClient(allocation(), RuleFixture.P, OTHER_BSN))), rule, startPath(0));
    }

    /** Its JW301 may predate the gateway's record: said, not judged, unless the store holds every allocation. */
    @Test
    void tr019DoesNotJudgeAnUnknownAllocationUnlessTheStoreHoldsThemAll() {
        var rule = new Tr019DeliveryNeedsAllocation();
        Finding f = RuleFixture.assertNotJudged(fx.check(rule, start(startLine(0, TN + 9, "2026-02-02", NEW)),
                put(allocation())), rule, startPath(0));
        assertSubject(f, TN + 9, null, BSN);
        RuleFixture.assertNotJudged(fx.check(rule, stop(stopLine(0, TN + 9, "2026-02-02", "31", "2026-03-31", NEW))), rule,
                stopPath(0));
        // What the store does hold is judged as ever: a withdrawn allocation is no less withdrawn.
        assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-02", NEW)), put(withdrawn(allocation()))), rule,
                startPath(0));
    }

    @Test
    void tr019AcceptsAKnownAllocationTaskBasedLinesAndDeletions() {
        var rule = new Tr019DeliveryNeedsAllocation();
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-02", NEW)), put(allocation())));
        assertNone(fx.check(rule, start(startLine(0, null, "2026-02-02", NEW))));
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-02", DELETE))));
    }

    // ---- TR063 ------------------------------------------------------------------------------------

    @Test
    void tr063FiresOnDeletingAStartOrStopThatWasNeverSent() {
        var rule = new Tr063DeleteNeedsEarlierDelivery();
        Finding f = assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-11", DELETE)), put(running(TN, "2026-02-10"))),
                rule, startPath(0));
        assertSubject(f, TN, null, BSN);
        assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-10", DELETE)), put(deleted(TN, "2026-02-10"))), rule,
                startPath(0));
        // the stop to delete has another Einddatum
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-30", DELETE)),
                put(stopped(TN, "2026-02-02", "31", "2026-06-26"))), rule, stopPath(0));
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-30", DELETE)),
                put(running(TN, "2026-02-02"))), rule, stopPath(0));
    }

    @Test
    void tr063DoesNotJudgeADeletionOfWhatMayPredateTheGateway() {
        var rule = new Tr063DeleteNeedsEarlierDelivery();
        java.time.Instant march = java.time.Instant.parse("2026-03-01T08:00:00Z");
        assertNone(fx.checkRecordingSince(march, rule, start(startLine(0, TN, "2026-02-10", DELETE))));
        assertNone(fx.checkRecordingSince(march, rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-02-27", DELETE))));
        // a start the gateway knows, with another stop: it saw every stop of it
        assertOne(fx.checkRecordingSince(march, rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-02-27", DELETE)),
                put(running(TN, "2026-02-02"))), rule, stopPath(0));
        assertOne(fx.checkRecordingSince(java.time.Instant.parse("2026-02-01T08:00:00Z"), rule,
                start(startLine(0, TN, "2026-02-10", DELETE))), rule, startPath(0));
    }

    @Test
    void tr063AcceptsDeletingWhatWasSent() {
        var rule = new Tr063DeleteNeedsEarlierDelivery();
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-10", DELETE)), put(running(TN, "2026-02-10"))));
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-26", DELETE)),
                put(stopped(TN, "2026-02-02", "31", "2026-06-26"))));
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-10", NEW))));
    }

    // ---- TR071 ------------------------------------------------------------------------------------

    @Test
    void tr071FiresOnDeletingAStoppedStart() {
        var rule = new Tr071NoStartDeleteAfterStop();
        Finding f = assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-02", DELETE)),
                put(stopped(TN, "2026-02-02", "20", "2026-03-15"))), rule, startPath(0));
        assertSubject(f, TN, null, BSN);
    }

    @Test
    void tr071AcceptsDeletingARunningStart() {
        assertNone(fx.check(new Tr071NoStartDeleteAfterStop(), start(startLine(0, TN, "2026-02-02", DELETE)),
                put(running(TN, "2026-02-02"))));
    }

    // ---- TR074 ------------------------------------------------------------------------------------

    @Test
    void tr074FiresOnANewStartOrStopWithAKeyInUse() {
        var rule = new Tr074NewDeliveryKeyUnused();
        Finding f = assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-02", NEW)), put(stopped(TN, "2026-02-02",
                "20", "2026-03-01"))), rule, startPath(0));
        assertSubject(f, TN, null, BSN);
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-26", NEW)),
                put(stopped(TN, "2026-02-02", "31", "2026-06-26"))), rule, stopPath(0));
    }

    @Test
    void tr074AcceptsAKeyThatWasDeletedBeforeOrInTheSameMessage() {
        var rule = new Tr074NewDeliveryKeyUnused();
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-02", NEW)), put(deleted(TN, "2026-02-02"))));
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-26", DELETE),
                stopLine(1, TN, "2026-02-02", "31", "2026-06-26", NEW)), put(stopped(TN, "2026-02-02", "31", "2026-06-26"))));
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-30", NEW)),
                put(stopped(TN, "2026-02-02", "20", "2026-03-01"))));
    }

    // ---- TR326 ------------------------------------------------------------------------------------

    @Test
    void tr326FiresOnASecondRunningStart() {
        var rule = new Tr326OneRunningStart();
        Finding f = assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-09", NEW)), put(running(TN, "2026-02-02"))),
                rule, startPath(0));
        assertSubject(f, TN, null, BSN);
        // two new starts of one allocation in one message: the second breaks it
        assertOne(fx.check(rule, start(startLine(0, TN, "2026-02-02", NEW), startLine(1, TN, "2026-02-09", NEW))), rule,
                startPath(1));
    }

    @Test
    void tr326AcceptsARestartAfterAStopAndACorrectionInOneMessage() {
        var rule = new Tr326OneRunningStart();
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-04-01", NEW)),
                put(stopped(TN, "2026-02-02", "20", "2026-03-15"))));
        // IV008: delete the start of 9 Feb and start again on 10 Feb, in one message
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-09", DELETE), startLine(1, TN, "2026-02-10", NEW)),
                put(running(TN, "2026-02-09"))));
        assertNone(fx.check(rule, start(startLine(0, null, "2026-02-09", NEW), startLine(1, null, "2026-02-10", NEW))));
    }

    // ---- TR382 ------------------------------------------------------------------------------------

    @Test
    void tr382FiresOnAStopWithoutItsStart() {
        var rule = new Tr382StopMatchesStart();
        Finding f = assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-03", "31", "2026-06-26", NEW)),
                put(running(TN, "2026-02-02"))), rule, stopPath(0));
        assertSubject(f, TN, null, BSN);
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-26", NEW)),
                put(deleted(TN, "2026-02-02"))), rule, stopPath(0));
    }

    @Test
    void tr382DoesNotJudgeAStopWhoseStartMayPredateTheGateway() {
        // the gateway began recording on 1 March; the start of 2 February may have been sent before
        var rule = new Tr382StopMatchesStart();
        var stopOfFebruary = stop(stopLine(0, TN, "2026-02-02", "31", "2026-02-27", NEW));
        assertNone(fx.checkRecordingSince(java.time.Instant.parse("2026-03-01T08:00:00Z"), rule, stopOfFebruary));
        // recording since 1 February: the start, sent on or after its Begindatum, would have been seen
        assertOne(fx.checkRecordingSince(java.time.Instant.parse("2026-02-01T08:00:00Z"), rule, stopOfFebruary), rule,
                stopPath(0));
    }

    @Test
    void tr382FiresOnAStopOfAStartThatIsNotTheLatest() {
        var rule = new Tr382StopMatchesStart();
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-26", NEW)),
                put(stopped(TN, "2026-02-02", "20", "2026-03-01")), put(running(TN, "2026-04-01"))), rule, stopPath(0));
    }

    @Test
    void tr382AcceptsAStopOfTheLatestStart() {
        var rule = new Tr382StopMatchesStart();
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-26", NEW)),
                put(running(TN, "2026-02-02"))));
        // a definitive stop after a temporary one refers to the same start
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-26", NEW)),
                put(stopped(TN, "2026-02-02", "20", "2026-03-01"))));
    }

    // ---- TR413 / TR414 / TR415 ------------------------------------------------------------------

    @Test
    void tr413FiresOnATemporaryStopAfterATemporaryStop() {
        var rule = new StopSequenceRules.Tr413();
        Finding f = assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "20", "2026-04-01", NEW)),
                put(stopped(TN, "2026-02-02", "20", "2026-03-01"))), rule, stopPath(0));
        assertSubject(f, TN, null, BSN);
    }

    @Test
    void tr413AcceptsADefinitiveStopAfterATemporaryOne() {
        assertNone(fx.check(new StopSequenceRules.Tr413(), stop(stopLine(0, TN, "2026-02-02", "31", "2026-04-01", NEW)),
                put(stopped(TN, "2026-02-02", "20", "2026-03-01"))));
    }

    @Test
    void tr414FiresOnAFollowUpStopEndingEarlier() {
        var rule = new StopSequenceRules.Tr414();
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-02-20", NEW)),
                put(stopped(TN, "2026-02-02", "20", "2026-03-01"))), rule, stopPath(0));
    }

    @Test
    void tr414AcceptsAFollowUpStopOnTheSameOrALaterDay() {
        var rule = new StopSequenceRules.Tr414();
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-03-01", NEW)),
                put(stopped(TN, "2026-02-02", "20", "2026-03-01"))));
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-02-20", NEW)),
                put(running(TN, "2026-02-02"))));
    }

    @Test
    void tr415FiresOnAStopAfterADefinitiveStop() {
        var rule = new StopSequenceRules.Tr415();
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "02", "2026-07-01", NEW)),
                put(stopped(TN, "2026-02-02", "31", "2026-06-26"))), rule, stopPath(0));
        // temporary then definitive in one message, then a third one
        assertOne(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "20", "2026-03-01", NEW),
                stopLine(1, TN, "2026-02-02", "31", "2026-03-31", NEW),
                stopLine(2, TN, "2026-02-02", "02", "2026-04-01", NEW)), put(running(TN, "2026-02-02"))), rule, stopPath(2));
    }

    @Test
    void tr415AcceptsReplacingADefinitiveStopDeletedInTheSameMessage() {
        var rule = new StopSequenceRules.Tr415();
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-26", DELETE),
                stopLine(1, TN, "2026-02-02", "31", "2026-06-30", NEW)), put(stopped(TN, "2026-02-02", "31", "2026-06-26"))));
        assertNone(fx.check(rule, stop(stopLine(0, TN, "2026-02-02", "31", "2026-06-26", NEW)),
                put(running(TN, "2026-02-02"))));
    }
}
