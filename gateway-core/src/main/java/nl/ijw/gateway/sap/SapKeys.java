package nl.ijw.gateway.sap;

import java.time.LocalDate;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.message.MessageType;

/**
 * The match keys that tie an expectation to the message that fulfils it. The creating and the
 * fulfilling side build the same key from their own fields, so fulfilment is one indexed lookup.
 * Keys end in '|' where a prefix is used to cancel (a withdrawn allocation's start and stops).
 */
final class SapKeys {

    private SapKeys() {
    }

    /** A retour keeps its heen-message's header: same Afzender and Identificatie. */
    static String retour(MessageType retourType, Party heenAfzender, String identificatie) {
        return "RETOUR|" + retourType + "|" + heenAfzender.code() + "|" + identificatie;
    }

    static String answer(Party aanbieder, String referentieAanbieder) {
        return "ANSWER|" + aanbieder.code() + "|" + referentieAanbieder;
    }

    static String allocationPrefix(String kind, Party gemeente, ToewijzingNummer nummer) {
        return kind + "|" + gemeente.code() + "|" + nummer + "|";
    }

    static String start(Party gemeente, ToewijzingNummer nummer, Bsn bsn) {
        return allocationPrefix("START", gemeente, nummer) + bsn.value();
    }

    static String stop(Party gemeente, ToewijzingNummer nummer, Bsn bsn, LocalDate begindatum) {
        return allocationPrefix("STOP", gemeente, nummer) + bsn.value() + "|" + begindatum;
    }

    static String claimAnswer(Party aanbieder, String claimIdentificatie) {
        return "JW325|" + aanbieder.code() + "|" + claimIdentificatie;
    }
}
