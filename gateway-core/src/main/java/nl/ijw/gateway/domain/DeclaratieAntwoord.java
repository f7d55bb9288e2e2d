package nl.ijw.gateway.domain;

/**
 * JW325: the municipality's answer to a claim; points at the claim by its message identity.
 * {@code declaratieNummer} is null for a header-only JW325 (every prestatie approved).
 */
public record DeclaratieAntwoord(Header header, String declaratieIdentificatie, String declaratieNummer)
        implements IjwMessage {
}
