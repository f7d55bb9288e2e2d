package nl.ijw.gateway.domain;

import java.util.List;

/** JW323: the provider claims delivered prestaties. */
public record Declaratie(Header header, String declaratieNummer, Period periode, long totaalBedrag, boolean totaalDebet,
                         List<Prestatie> prestaties) implements IjwMessage {

    public Declaratie {
        prestaties = List.copyOf(prestaties);
    }

    /**
     * One claimed line. {@code vorigReferentieNummer} is set on a credit line that reverses an
     * earlier debit line.
     */
    public record Prestatie(String path, Bsn bsn, String referentieNummer, String vorigReferentieNummer,
                            ToewijzingNummer nummer, Product product, Period periode, long volume, String eenheid,
                            Long tarief, long bedrag, boolean debet) {
    }
}
