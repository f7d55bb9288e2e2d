package nl.ijw.gateway.timeline;

import java.time.LocalDate;

/**
 * What one message did for the client, as the state holds it: a kind with its figures and no words.
 * The words, in English for the command line and JSON and in Dutch or English on the monitor, are
 * written beside the commands (gateway-routes: {@code cli.report.TimelineWords}).
 */
public sealed interface Fact {

    /** A version of an allocation (JW301), as {@code allocation_history} keeps it. */
    record AllocationVersion(long toewijzingNummer, String aanbieder, String productCategorie, String productCode,
                             LocalDate ingangsdatum, LocalDate einddatum, String redenWijziging, boolean withdrawn)
            implements Fact {
        // einddatum null: open end; redenWijziging null: none given
    }

    /** A request (JW315 or JW317, the {@code kind}) by the provider's ReferentieAanbieder. */
    record Request(String kind, String referentieAanbieder) implements Fact {
    }

    /** The municipality's answer (JW301 or JW319, the {@code kind}) to a request; verzoekAntwoord may be null. */
    record RequestAnswer(String referentieAanbieder, String kind, String verzoekAntwoord) implements Fact {
    }

    /** A start of care (JW305); deleted when a later message took it back. */
    record Start(long toewijzingNummer, LocalDate begindatum, boolean deleted) implements Fact {
    }

    /** A stop of care (JW307); redenBeeindiging may be null. */
    record Stop(long toewijzingNummer, LocalDate einddatum, String redenBeeindiging) implements Fact {
    }

    /** One accepted claim line (JW323) of the client, the amount in cents. */
    record ClaimLine(String declaratieNummer, String referentieNummer, long toewijzingNummer, LocalDate begindatum,
                     LocalDate einddatum, boolean debit, long cents) implements Fact {
    }

    /** The JW325 that answered the claim of journal entry {@code claimJournalId}. */
    record ClaimAnswer(long claimJournalId) implements Fact {
    }

    /**
     * An accepted start or stop of care ({@code kind} JW305 or JW307) that names no ToewijzingNummer
     * (task-based care): the state links no delivery to it, so the timeline knows only that it came.
     */
    record Unlinked(String kind) implements Fact {
    }

    /**
     * A message the gateway did not accept (verdict REJECTED or FAILED) that names the client: the
     * state holds nothing of what it asked.
     */
    record NotAccepted(String verdict) implements Fact {
    }
}
