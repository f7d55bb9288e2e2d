package nl.ijw.gateway.domain;

import java.time.LocalDate;
import java.util.List;

/** JW301: the municipality allocates (or changes, or withdraws) products for a client. */
public record Toewijzing(Header header, Bsn bsn, String clientPath, List<ToegewezenProduct> producten)
        implements IjwMessage {

    public Toewijzing {
        producten = List.copyOf(producten);
    }

    /**
     * One allocated product.
     *
     * @param einddatum     null when open-ended
     * @param redenWijziging JZ002 code when this changes an earlier allocation, else null
     */
    public record ToegewezenProduct(String path, ToewijzingNummer nummer, String referentieAanbieder, Product product,
                                    LocalDate toewijzingsdatum, LocalDate ingangsdatum, LocalDate einddatum,
                                    String redenWijziging, Omvang omvang, Long budget) {

        /** RedenWijziging 13: withdrawn as if it had never been sent. */
        public boolean isWithdrawal() {
            return "13".equals(redenWijziging);
        }

        public Period period() {
            return new Period(ingangsdatum, einddatum);
        }
    }
}
