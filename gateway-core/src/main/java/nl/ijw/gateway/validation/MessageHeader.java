package nl.ijw.gateway.validation;

/**
 * The header fields the gateway needs even from a message that fails validation (to journal it,
 * answer it and route it). Values are as read; any of them may be null when absent.
 */
public record MessageHeader(String berichtCode, String afzender, String ontvanger,
                            String identificatie, String dagtekening,
                            String identificatieRetour, String dagtekeningRetour) {

    public static final MessageHeader EMPTY = new MessageHeader(null, null, null, null, null, null, null);
}
