package nl.ijw.gateway.store;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.Period;
import nl.ijw.gateway.domain.ToewijzingNummer;

/** An accepted prestatie of a claim (JW323). */
public record ClaimLine(Party aanbieder, String referentieNummer, Party gemeente, String declaratieNummer, Bsn bsn,
                        ToewijzingNummer nummer, Period periode, long volume, String eenheid, Long tarief, long bedrag,
                        boolean debet, String vorigReferentieNummer, long journalId) {
}
