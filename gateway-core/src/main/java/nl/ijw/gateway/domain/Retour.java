package nl.ijw.gateway.domain;

import java.time.LocalDate;
import java.util.List;

/** A retour (JW302, 306, 308, 316, 318, 320): keeps the answered message's header, adds its own identity. */
public record Retour(Header header, String identificatieRetour, LocalDate dagtekeningRetour, List<String> retourCodes)
        implements IjwMessage {

    public Retour {
        retourCodes = List.copyOf(retourCodes);
    }

    /** The heen-message it answers: same Afzender and Identificatie. */
    public MessageId answers() {
        return header.messageId();
    }
}
