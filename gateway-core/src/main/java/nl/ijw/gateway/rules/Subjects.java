package nl.ijw.gateway.rules;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.validation.Finding;

/** Builds the {@link Finding.Subject} of a rule finding; the BSN is masked here, never later. */
public final class Subjects {

    /** Where in-message (level 2) findings land: the retour then carries only a Header with 0001 (IV028). */
    public static final String HEADER = "/Bericht/Header";

    private Subjects() {
    }

    public static Finding.Subject of(ToewijzingNummer nummer, String referentie, Bsn bsn) {
        return new Finding.Subject(nummer == null ? null : nummer.toString(), referentie,
                bsn == null ? null : bsn.masked());
    }

    public static Finding.Subject of(Bsn bsn) {
        return of(null, null, bsn);
    }
}
