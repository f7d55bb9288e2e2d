package nl.ijw.gateway.store;

import java.time.Instant;
import java.time.LocalDate;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Omvang;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.Period;
import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.domain.ToewijzingNummer;

/** An allocation (ToegewezenProduct) as it stands after the latest JW301 that named it. */
public record Allocation(Party gemeente, ToewijzingNummer nummer, Bsn bsn, Party aanbieder, String referentieAanbieder,
                         Product product, LocalDate toewijzingsdatum, LocalDate ingangsdatum, LocalDate einddatum,
                         String redenWijziging, Omvang omvang, Long budget, boolean withdrawn, Instant receivedAt,
                         long journalId) {

    public Period period() {
        return new Period(ingangsdatum, einddatum);
    }

    /** In force: not withdrawn (RedenWijziging 13) and not ended by an Einddatum before its Ingangsdatum. */
    public boolean isActive() {
        return !withdrawn && (einddatum == null || !einddatum.isBefore(ingangsdatum));
    }
}
