package nl.ijw.gateway.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.ValidationReport;

/** Writes the message that answers an incoming one: its retour, or a JW325 for a claim. */
public interface Responder {

    /** The answer's type and bytes. */
    record Answer(MessageType type, byte[] xml) {
    }

    /**
     * @param message      the domain view, or null when the message is not schema-valid
     * @param findings     every error found (validation and rules)
     * @param identificatie the identity to give the answer (IdentificatieRetour, or the JW325's own)
     * @param date         the answer's date (DagtekeningRetour / Dagtekening)
     */
    Optional<Answer> answer(byte[] heen, ValidationReport report, IjwMessage message, List<Finding> findings,
                            String identificatie, LocalDate date);
}
