package nl.ijw.gateway.validation;

import java.util.Objects;

/**
 * One problem found in a message: which rule, how severe, in which layer, where, the retourcode
 * it maps to in a retour message, and a text for people.
 */
public record Finding(String ruleId, Severity severity, Layer layer, Location location,
                      String retourCode, String text, Subject subject) {

    /**
     * What a rule finding is about, for reports: the allocation, the request or claim reference,
     * and the client's BSN already masked. Any part may be null.
     */
    public record Subject(String toewijzingNummer, String referentie, String bsnMasked) {
        public static final Subject NONE = new Subject(null, null, null);
    }

    public Finding(String ruleId, Severity severity, Layer layer, Location location, String retourCode, String text) {
        this(ruleId, severity, layer, location, retourCode, text, Subject.NONE);
    }

    /** Retourcode for a message rejected for technical reasons (schema failure and the like). */
    public static final String TECHNICAL_REJECTION = "0001";

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        subject = subject == null ? Subject.NONE : subject;
    }

    public static Finding error(XmlCheck check, Location location, String text) {
        return new Finding(check.name(), Severity.ERROR, check.layer(), location, TECHNICAL_REJECTION, text);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, layer, location, retourCode, text, subject);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
