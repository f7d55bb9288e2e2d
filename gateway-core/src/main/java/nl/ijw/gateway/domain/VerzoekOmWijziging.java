package nl.ijw.gateway.domain;

import java.time.LocalDate;
import java.util.List;

/** JW317: the provider asks to change its current allocations (keep, change, add). */
public record VerzoekOmWijziging(Header header, Bsn bsn, String verzoekPath, String referentieAanbieder,
                                 String redenVerzoek, List<ToewijzingNummer> ongewijzigd,
                                 List<TeWijzigenProduct> teWijzigen, List<NieuwProduct> nieuw) implements IjwMessage {

    public VerzoekOmWijziging {
        ongewijzigd = List.copyOf(ongewijzigd);
        teWijzigen = List.copyOf(teWijzigen);
        nieuw = List.copyOf(nieuw);
    }

    public record TeWijzigenProduct(String path, ToewijzingNummer nummer, LocalDate gewensteIngangsdatum,
                                    LocalDate einddatum, Omvang omvang, Long budget) {
    }

    public record NieuwProduct(String path, Product product, LocalDate gewensteIngangsdatum, LocalDate einddatum,
                               Omvang omvang, Long budget) {
    }
}
