package nl.ijw.gateway.message;

import java.util.Optional;

import static nl.ijw.gateway.message.Direction.MUNICIPALITY_TO_PROVIDER;
import static nl.ijw.gateway.message.Direction.PROVIDER_TO_MUNICIPALITY;

/**
 * The iJw messages, with their BerichtCode (COD002), the direction of the heen-message and
 * the message that answers them. A retour travels back to the Afzender of the message it answers.
 */
public enum MessageType {
    JW301("436", "Toewijzing", MUNICIPALITY_TO_PROVIDER, "JW302", false),
    JW302("437", "Toewijzing retour", PROVIDER_TO_MUNICIPALITY, null, true),
    JW305("438", "Start levering", PROVIDER_TO_MUNICIPALITY, "JW306", false),
    JW306("439", "Start levering retour", MUNICIPALITY_TO_PROVIDER, null, true),
    JW307("440", "Stop levering", PROVIDER_TO_MUNICIPALITY, "JW308", false),
    JW308("441", "Stop levering retour", MUNICIPALITY_TO_PROVIDER, null, true),
    JW315("446", "Verzoek om toewijzing", PROVIDER_TO_MUNICIPALITY, "JW316", false),
    JW316("447", "Verzoek om toewijzing retour", MUNICIPALITY_TO_PROVIDER, null, true),
    JW317("486", "Verzoek om wijziging", PROVIDER_TO_MUNICIPALITY, "JW318", false),
    JW318("487", "Verzoek om wijziging retour", MUNICIPALITY_TO_PROVIDER, null, true),
    JW319("488", "Antwoordbericht", MUNICIPALITY_TO_PROVIDER, "JW320", false),
    JW320("489", "Antwoordbericht retour", PROVIDER_TO_MUNICIPALITY, null, true),
    JW323("490", "Declaratie", PROVIDER_TO_MUNICIPALITY, "JW325", false),
    // JW325 answers a claim; it is a message of its own, not a retour that keeps the claim's header.
    JW325("491", "Declaratie-antwoord", MUNICIPALITY_TO_PROVIDER, null, false);

    private final String berichtCode;
    private final String title;
    private final Direction direction;
    private final String answeredBy;
    private final boolean retour;

    MessageType(String berichtCode, String title, Direction direction, String answeredBy, boolean retour) {
        this.berichtCode = berichtCode;
        this.title = title;
        this.direction = direction;
        this.answeredBy = answeredBy;
        this.retour = retour;
    }

    public String berichtCode() {
        return berichtCode;
    }

    public String title() {
        return title;
    }

    public Direction direction() {
        return direction;
    }

    /** True for the retour messages (JW302, 306, 308, 316, 318, 320). */
    public boolean isRetour() {
        return retour;
    }

    /** The retour or answer message this message expects, if any. */
    public Optional<MessageType> answeredBy() {
        return Optional.ofNullable(answeredBy).map(MessageType::valueOf);
    }

    /** Lower-case name as used in namespaces and schema file names, e.g. {@code jw301}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code name} (as journaled: "JW302") names a retour; false for null or an unknown name. */
    public static boolean isRetour(String name) {
        for (MessageType t : values()) {
            if (t.name().equals(name)) {
                return t.retour;
            }
        }
        return false;
    }

    public static Optional<MessageType> byBerichtCode(String code) {
        for (MessageType t : values()) {
            if (t.berichtCode.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
