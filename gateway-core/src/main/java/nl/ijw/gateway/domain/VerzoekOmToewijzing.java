package nl.ijw.gateway.domain;

import java.time.LocalDate;
import java.util.List;

/** JW315: the provider asks the municipality to allocate products. */
public record VerzoekOmToewijzing(Header header, Bsn bsn, String clientPath, List<AangevraagdProduct> producten)
        implements IjwMessage {

    public VerzoekOmToewijzing {
        producten = List.copyOf(producten);
    }

    public record AangevraagdProduct(String path, String referentieAanbieder, Product product,
                                     LocalDate toewijzingIngangsdatum, LocalDate toewijzingEinddatum,
                                     Omvang omvang, Long budget) {
    }
}
