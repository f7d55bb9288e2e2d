package nl.ijw.gateway.domain;

import java.time.LocalDate;

import nl.ijw.gateway.message.MessageType;

/** The header every iJw message has. */
public record Header(MessageType type, Party afzender, Party ontvanger, String identificatie, LocalDate dagtekening) {

    public MessageId messageId() {
        return new MessageId(afzender, identificatie);
    }
}
