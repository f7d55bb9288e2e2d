package nl.ijw.gateway.domain;

/** JW319: the municipality answers a VOT or VOW (VerzoekAntwoord WJ760, reason WJ759). */
public record Antwoordbericht(Header header, String antwoordPath, String referentieAanbieder, String verzoekAntwoord,
                              String redenAfwijzing) implements IjwMessage {
}
