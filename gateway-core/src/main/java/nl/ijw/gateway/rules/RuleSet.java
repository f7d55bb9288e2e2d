package nl.ijw.gateway.rules;

import java.sql.SQLException;
import java.util.List;

import nl.ijw.gateway.rules.allocation.Tr332ToewijzingNummerUnique;
import nl.ijw.gateway.rules.allocation.Tr379ReferentieOnlyWhenHonouring;
import nl.ijw.gateway.rules.claim.Tr304PrestatieOfThisClient;
import nl.ijw.gateway.rules.claim.Tr307PeriodStartsInAllocation;
import nl.ijw.gateway.rules.claim.Tr308PeriodEndsInAllocation;
import nl.ijw.gateway.rules.claim.Tr314ReferentieNummerUnique;
import nl.ijw.gateway.rules.claim.Tr319PeriodNotAfterDeclaratiePeriode;
import nl.ijw.gateway.rules.claim.Tr321VolumeWithinPeriod;
import nl.ijw.gateway.rules.claim.Tr322CumulativeVolume;
import nl.ijw.gateway.rules.claim.Tr323CreditNeedsApprovedDebit;
import nl.ijw.gateway.rules.claim.Tr333DeclaratieNummerUnique;
import nl.ijw.gateway.rules.claim.Tr338PrestatieNeedsAllocation;
import nl.ijw.gateway.rules.claim.Tr339CategoryMatchesAllocation;
import nl.ijw.gateway.rules.claim.Tr340CodeMatchesAllocation;
import nl.ijw.gateway.rules.claim.Tr341UnitMatchesAllocation;
import nl.ijw.gateway.rules.claim.Tr369CumulativeBudget;
import nl.ijw.gateway.rules.claim.Tr384NoClaimOnWithdrawnAllocation;
import nl.ijw.gateway.rules.claim.Tr387PeriodStartsOnFirstDay;
import nl.ijw.gateway.rules.claim.Tr388PeriodEndsOnLastDay;
import nl.ijw.gateway.rules.claim.Tr389NoSecondDebit;
import nl.ijw.gateway.rules.claim.Tr390CreditOnlyOnce;
import nl.ijw.gateway.rules.claim.Tr418ContractTariff;
import nl.ijw.gateway.rules.delivery.StopSequenceRules;
import nl.ijw.gateway.rules.delivery.Tr019DeliveryNeedsAllocation;
import nl.ijw.gateway.rules.delivery.Tr063DeleteNeedsEarlierDelivery;
import nl.ijw.gateway.rules.delivery.Tr071NoStartDeleteAfterStop;
import nl.ijw.gateway.rules.delivery.Tr074NewDeliveryKeyUnused;
import nl.ijw.gateway.rules.delivery.Tr326OneRunningStart;
import nl.ijw.gateway.rules.delivery.Tr382StopMatchesStart;
import nl.ijw.gateway.rules.external.Tr381ProductCodeInList;
import nl.ijw.gateway.rules.header.Tr135DagtekeningNotInFuture;
import nl.ijw.gateway.rules.header.Tr378MunicipalityCode;
import nl.ijw.gateway.rules.inmessage.Cs002BsnElfproef;
import nl.ijw.gateway.rules.inmessage.Cs058StatusAanlevering;
import nl.ijw.gateway.rules.inmessage.Tr018EinddatumNotBeforeBegindatum;
import nl.ijw.gateway.rules.inmessage.Tr101UniqueKeys;
import nl.ijw.gateway.rules.inmessage.Tr134DateNotAfterDagtekening;
import nl.ijw.gateway.rules.inmessage.Tr302NoOverlappingAllocations;
import nl.ijw.gateway.rules.inmessage.Tr358ClaimTotal;
import nl.ijw.gateway.rules.inmessage.Tr383UniqueReferentieInRequest;
import nl.ijw.gateway.rules.inmessage.Tr386NoOverlappingRequests;
import nl.ijw.gateway.rules.request.Tr347ReferentieAanbiederUnique;
import nl.ijw.gateway.rules.request.Tr355AnswerNeedsRequest;
import nl.ijw.gateway.rules.request.Tr359NoAnswerAfterAllocation;
import nl.ijw.gateway.rules.request.Tr360UnderInvestigationOnlyFirst;
import nl.ijw.gateway.rules.request.Tr365NoAnswerAfterFinalAnswer;
import nl.ijw.gateway.rules.request.Tr374NoRequestWhilePending;

/**
 * The technical rules the engine applies, in a fixed order, under one version stamp. In-message
 * rules (level 2) run first; when one of them rejects the message, the cross-message and
 * external-source rules are not run (the retour is then a header with 0001 only).
 */
public final class RuleSet {

    /** Stamped on every journal record and report; change it whenever a rule changes. */
    public static final String VERSION = "ijw-3.2-rules/3";

    private final List<TechnicalRule> rules;

    public RuleSet(List<TechnicalRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * All rules the gateway implements, in the order they run. The {@code config} is the data the
     * engine will pass in each {@link RuleContext}; the rules read it from there, so this list does
     * not depend on it. Claim rules that count approved prestaties of the same claim (TR389, TR322,
     * TR369) come last, so they see every other rule's verdict on the earlier prestaties.
     */
    public static RuleSet standard(RulesConfig config) {
        return new RuleSet(List.of(
                // level 2: in-message, 0001 on the header
                new Cs002BsnElfproef(),
                new Cs058StatusAanlevering(),
                new Tr018EinddatumNotBeforeBegindatum(),
                new Tr101UniqueKeys(),
                new Tr134DateNotAfterDagtekening(),
                new Tr302NoOverlappingAllocations(),
                new Tr358ClaimTotal(),
                new Tr383UniqueReferentieInRequest(),
                new Tr386NoOverlappingRequests(),
                // header, external sources
                new Tr135DagtekeningNotInFuture(),
                new Tr378MunicipalityCode(),
                // allocations (JW301)
                new Tr332ToewijzingNummerUnique(),
                new Tr379ReferentieOnlyWhenHonouring(),
                // requests and answers (JW315, JW317, JW319)
                new Tr347ReferentieAanbiederUnique(),
                new Tr374NoRequestWhilePending(),
                new Tr355AnswerNeedsRequest(),
                new Tr359NoAnswerAfterAllocation(),
                new Tr360UnderInvestigationOnlyFirst(),
                new Tr365NoAnswerAfterFinalAnswer(),
                // start and stop (JW305, JW307)
                new Tr019DeliveryNeedsAllocation(),
                new Tr063DeleteNeedsEarlierDelivery(),
                new Tr071NoStartDeleteAfterStop(),
                new Tr074NewDeliveryKeyUnused(),
                new Tr326OneRunningStart(),
                new Tr382StopMatchesStart(),
                new StopSequenceRules.Tr413(),
                new StopSequenceRules.Tr414(),
                new StopSequenceRules.Tr415(),
                // product list (all product-carrying messages)
                new Tr381ProductCodeInList(),
                // claims (JW323): whole claim, then per prestatie, then cumulative
                new Tr333DeclaratieNummerUnique(),
                new Tr314ReferentieNummerUnique(),
                new Tr338PrestatieNeedsAllocation(),
                new Tr304PrestatieOfThisClient(),
                new Tr384NoClaimOnWithdrawnAllocation(),
                new Tr307PeriodStartsInAllocation(),
                new Tr308PeriodEndsInAllocation(),
                new Tr387PeriodStartsOnFirstDay(),
                new Tr388PeriodEndsOnLastDay(),
                new Tr319PeriodNotAfterDeclaratiePeriode(),
                new Tr339CategoryMatchesAllocation(),
                new Tr340CodeMatchesAllocation(),
                new Tr341UnitMatchesAllocation(),
                new Tr321VolumeWithinPeriod(),
                new Tr323CreditNeedsApprovedDebit(),
                new Tr390CreditOnlyOnce(),
                new Tr418ContractTariff(),
                new Tr389NoSecondDebit(),
                new Tr322CumulativeVolume(),
                new Tr369CumulativeBudget()));
    }

    public List<TechnicalRule> rules() {
        return rules;
    }

    public String version() {
        return VERSION;
    }

    /**
     * Runs every rule that applies to the context's message type: the in-message rules first, the
     * others only when those found nothing (spec 0.2: level 2 before levels 3 and 4).
     */
    public void check(RuleContext ctx) throws SQLException {
        for (TechnicalRule r : rules) {
            if (r.level() == RuleLevel.IN_MESSAGE && r.messages().contains(ctx.message().type())) {
                r.check(ctx);
            }
        }
        if (!ctx.findings().isEmpty()) {
            return;
        }
        for (TechnicalRule r : rules) {
            if (r.level() != RuleLevel.IN_MESSAGE && r.messages().contains(ctx.message().type())) {
                r.check(ctx);
            }
        }
    }
}
