package nl.ijw.gateway.cli.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import nl.ijw.gateway.timeline.Deadline;
import nl.ijw.gateway.timeline.Fact;
import nl.ijw.gateway.timeline.TimelineEntry;

/**
 * A timeline's facts, deadlines and titles in words: gateway-core hands over kinds and figures, the
 * words are chosen here, per language, beside the commands that print them. English with ISO dates
 * is what {@code timeline} prints and its JSON carries; the pages write dates {@code 12-03-2026}, in
 * English as in Dutch. The Dutch uses the terms of the iJw standard (toewijzing, start zorg, declaratie).
 */
public final class TimelineWords {

    /** The command line's text and JSON: English, ISO dates, as they have always been. */
    public static final TimelineWords ENGLISH = new TimelineWords(false, String::valueOf);
    /** English on an HTML page (the monitor with {@code ?lang=en}, the sap-report page): dates 12-03-2026. */
    public static final TimelineWords ENGLISH_PAGE = new TimelineWords(false, DutchDates::date);
    public static final TimelineWords DUTCH = new TimelineWords(true, DutchDates::date);

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final boolean dutch;
    private final Function<LocalDate, String> date;

    private TimelineWords(boolean dutch, Function<LocalDate, String> date) {
        this.dutch = dutch;
        this.date = date;
    }

    /** The page's words for a monitor language: Dutch unless "en". */
    public static TimelineWords page(String lang) {
        return "en".equals(lang) ? ENGLISH_PAGE : DUTCH;
    }

    /** The message type's iJw name, or that the message could not be read. */
    public String title(TimelineEntry e) {
        return e.title() != null ? e.title() : dutch ? "onleesbaar bericht" : "unreadable message";
    }

    public String fact(Fact f) {
        if (f instanceof Fact.AllocationVersion a) {
            return allocation(a);
        } else if (f instanceof Fact.Request q) {
            return dutch ? request(q.kind()) + " (" + q.kind() + "), ReferentieAanbieder " + q.referentieAanbieder()
                    : "request (" + q.kind() + ") ReferentieAanbieder " + q.referentieAanbieder();
        } else if (f instanceof Fact.RequestAnswer a) {
            String antwoord = a.verzoekAntwoord() == null ? "" : ", VerzoekAntwoord " + a.verzoekAntwoord();
            return (dutch ? "antwoord op verzoek " : "answer to request ") + a.referentieAanbieder() + " (" + a.kind()
                    + antwoord + ")";
        } else if (f instanceof Fact.Start s) {
            return dutch ? "start zorg bij toewijzing " + s.toewijzingNummer() + " op " + date(s.begindatum())
                    + (s.deleted() ? " (later verwijderd)" : "")
                    : "start of allocation " + s.toewijzingNummer() + " on " + date(s.begindatum())
                    + (s.deleted() ? " (later deleted)" : "");
        } else if (f instanceof Fact.Stop s) {
            String reden = s.redenBeeindiging() == null ? "" : ", RedenBeeindiging " + s.redenBeeindiging();
            return (dutch ? "stop zorg bij toewijzing " : "stop of allocation ") + s.toewijzingNummer()
                    + (dutch ? " op " : " on ") + date(s.einddatum()) + reden;
        } else if (f instanceof Fact.ClaimLine c) {
            return claimLine(c);
        } else if (f instanceof Fact.ClaimAnswer a) {
            return dutch ? "declaratie-antwoord (JW325) op de declaratie van journaalregel " + a.claimJournalId()
                    : "answer (JW325) to the claim of journal entry " + a.claimJournalId();
        }
        if (f instanceof Fact.Unlinked u) {
            boolean start = u.kind().equals("JW305");
            return dutch ? (start ? "start zorg" : "stop zorg") + " (" + u.kind() + ") zonder ToewijzingNummer"
                    + " (taakgericht): aan geen toewijzing gekoppeld"
                    : (start ? "start" : "stop") + " of care (" + u.kind() + ") without ToewijzingNummer (task-based):"
                    + " linked to no allocation";
        }
        Fact.NotAccepted n = (Fact.NotAccepted) f;
        return dutch ? notAccepted(n.verdict()) + ": het bericht noemt deze cliënt; wat het vroeg is niet verwerkt"
                : n.verdict().toLowerCase(Locale.ROOT) + ": names this client; what was refused is not in the state";
    }

    private String allocation(Fact.AllocationVersion a) {
        String product = a.productCategorie() + "/" + a.productCode() + ", ";
        String reden = a.redenWijziging() == null ? "" : ", RedenWijziging " + a.redenWijziging();
        if (dutch) {
            String period = a.einddatum() == null ? "vanaf " + date(a.ingangsdatum()) + " (geen einddatum)"
                    : date(a.ingangsdatum()) + " t/m " + date(a.einddatum());
            return "toewijzing " + a.toewijzingNummer() + " aan " + a.aanbieder() + ": product " + product + period + reden
                    + (a.withdrawn() ? ", ingetrokken" : "");
        }
        return "allocation " + a.toewijzingNummer() + " to " + a.aanbieder() + ": product " + product
                + date(a.ingangsdatum()) + " to " + (a.einddatum() == null ? "open end" : date(a.einddatum())) + reden
                + (a.withdrawn() ? ", withdrawn" : "");
    }

    private String claimLine(Fact.ClaimLine c) {
        if (dutch) {
            NumberFormat euro = NumberFormat.getNumberInstance(NL);
            euro.setMinimumFractionDigits(2);
            return "declaratie " + c.declaratieNummer() + " regel " + c.referentieNummer() + ": toewijzing "
                    + c.toewijzingNummer() + ", " + date(c.begindatum()) + " t/m " + date(c.einddatum()) + ", "
                    + (c.debit() ? "debet" : "credit") + " € " + euro.format(BigDecimal.valueOf(c.cents(), 2));
        }
        return "claim " + c.declaratieNummer() + " line " + c.referentieNummer() + ": allocation " + c.toewijzingNummer()
                + ", " + date(c.begindatum()) + " to " + date(c.einddatum()) + ", " + (c.debit() ? "debit " : "credit ")
                + c.cents() + " (cents)";
    }

    private static String request(String kind) {
        return "JW317".equals(kind) ? "verzoek om wijziging" : "verzoek om toewijzing";
    }

    private static String notAccepted(String verdict) {
        return "FAILED".equals(verdict) ? "mislukt" : "afgekeurd";
    }

    /** Where the deadline stands: {@code OP090 due 2026-12-29: OVERDUE, not arrived (4 working days overdue)}. */
    public String deadline(Deadline d) {
        return dutch ? dutchDeadline(d) : englishDeadline(d);
    }

    private String englishDeadline(Deadline d) {
        String rule = d.rule();
        String due = date(d.due());
        return switch (d.outcome()) {
            case ON_TIME -> rule + " due " + due + ": on time (" + date(d.actual()) + ")";
            case LATE -> rule + " due " + due + ": LATE, arrived " + date(d.actual()) + " (" + days(d) + " late)";
            case OVERDUE -> rule + " due " + due + ": OVERDUE, not arrived" + from(d, " from ") + " (" + days(d) + " overdue)";
            case WARNING -> rule + " expected by " + due + ": WARNING, not arrived" + from(d, " from ") + " (" + days(d) + ")";
            case PENDING -> rule + " due " + due + ": awaited" + from(d, " from ") + ", not due yet";
            case WITHOUT_START -> rule + ": no start yet (judged when the JW305 comes; provisional due " + due + ")";
            case MET -> rule + " expected by " + due + ": met (" + date(d.actual()) + ")";
            // Cancelled by a withdrawn allocation, a deleted start or a moved due date (then a new row
            // follows with the new date): the awaited message may still come, it is just not awaited by then.
            case CANCELLED -> rule + " due " + due + ": no longer awaited by this date (allocation withdrawn, start"
                    + " deleted or due date moved)";
        };
    }

    private String dutchDeadline(Deadline d) {
        String rule = d.rule();
        String due = date(d.due());
        return switch (d.outcome()) {
            case ON_TIME -> rule + " termijn " + due + ": op tijd (ontvangen " + date(d.actual()) + ")";
            case LATE -> rule + " termijn " + due + ": TE LAAT, ontvangen " + date(d.actual()) + " (" + days(d) + " te laat)";
            case OVERDUE -> rule + " termijn " + due + ": ONTBREEKT, niet ontvangen" + from(d, " van ") + " (" + days(d)
                    + " over de termijn)";
            case WARNING -> rule + " verwacht uiterlijk " + due + ": WAARSCHUWING, niet ontvangen" + from(d, " van ") + " ("
                    + days(d) + ")";
            case PENDING -> rule + " termijn " + due + ": verwacht" + from(d, " van ") + ", termijn nog niet verlopen";
            case WITHOUT_START -> rule + ": nog geen start zorg (beoordeeld zodra de JW305 komt; voorlopige termijn " + due + ")";
            case MET -> rule + " verwacht uiterlijk " + due + ": voldaan (" + date(d.actual()) + ")";
            case CANCELLED -> rule + " termijn " + due + ": vervallen, niet meer verwacht op deze datum (toewijzing"
                    + " ingetrokken, start verwijderd of termijn verschoven)";
        };
    }

    /** Who had to send the awaited message, so a municipality's missing answer is not put to the provider. */
    private static String from(Deadline d, String word) {
        return d.awaitedFrom() == null ? "" : word + d.awaitedFrom();
    }

    private String days(Deadline d) {
        int n = d.workingDaysLate();
        return n + (dutch ? (n == 1 ? " werkdag" : " werkdagen") : (n == 1 ? " working day" : " working days"));
    }

    private String date(LocalDate d) {
        return date.apply(d);
    }
}
