package nl.ijw.gateway.domain;

import java.time.LocalDate;
import java.util.List;

/** JW307: the provider reports that delivery stopped. */
public record StopLevering(Header header, Bsn bsn, String clientPath, List<StopProduct> producten)
        implements IjwMessage {

    public StopLevering {
        producten = List.copyOf(producten);
    }

    /** @param nummer null for task-based (taakgericht) work */
    public record StopProduct(String path, ToewijzingNummer nummer, Product product, LocalDate toewijzingIngangsdatum,
                              LocalDate begindatum, String redenBeeindiging, LocalDate einddatum,
                              StatusAanlevering status) {
    }
}
