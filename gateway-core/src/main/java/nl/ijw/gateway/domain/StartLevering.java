package nl.ijw.gateway.domain;

import java.time.LocalDate;
import java.util.List;

/** JW305: the provider reports that delivery started. */
public record StartLevering(Header header, Bsn bsn, String clientPath, List<StartProduct> producten)
        implements IjwMessage {

    public StartLevering {
        producten = List.copyOf(producten);
    }

    /** @param nummer null for task-based (taakgericht) work, which is not linked to an allocation */
    public record StartProduct(String path, ToewijzingNummer nummer, Product product, LocalDate toewijzingIngangsdatum,
                               LocalDate begindatum, StatusAanlevering status) {
    }
}
