package nl.ijw.gateway.validation;

/**
 * The header fields the gateway needs even from a message that fails validation (to journal it,
 * answer it and route it). Values are as read, trimmed; any of them may be null when absent.
 *
 * @param versions the version texts an answer repeats (BerichtVersie, XsdVersie, ...)
 * @param declaratieIdentificatie a JW325's DeclaratieIdentificatie: the Identificatie of the claim it
 *                 answers (null for any other message)
 */
public record MessageHeader(String berichtCode, String afzender, String ontvanger,
                            String identificatie, String dagtekening,
                            String identificatieRetour, String dagtekeningRetour, Versions versions,
                            String declaratieIdentificatie) {

    public static final MessageHeader EMPTY = new MessageHeader(null, null, null, null, null, null, null, Versions.NONE);

    public MessageHeader {
        versions = versions == null ? Versions.NONE : versions;
    }

    /** Who sends the message: its Afzender; a retour keeps its heen-message's header, so it comes from the Ontvanger. */
    public String from() {
        return retour() ? ontvanger : afzender;
    }

    /** To whom the message goes: its Ontvanger; a retour goes back to the Afzender of its heen-message. */
    public String to() {
        return retour() ? afzender : ontvanger;
    }

    private boolean retour() {
        return berichtCode != null
                && nl.ijw.gateway.message.MessageType.byBerichtCode(berichtCode).map(t -> t.isRetour()).orElse(false);
    }

    public MessageHeader(String berichtCode, String afzender, String ontvanger, String identificatie,
                         String dagtekening, String identificatieRetour, String dagtekeningRetour, Versions versions) {
        this(berichtCode, afzender, ontvanger, identificatie, dagtekening, identificatieRetour, dagtekeningRetour,
                versions, null);
    }

    /**
     * @param exact whether every header text captured was read without surrounding whitespace, so
     *              the trimmed values here are the texts as sent (an answer may then repeat them
     *              without reading the message again)
     */
    public record Versions(String berichtVersie, String berichtSubversie, String basisschemaXsdVersie,
                           String berichtXsdVersie, boolean exact) {
        static final Versions NONE = new Versions(null, null, null, null, false);
    }
}
