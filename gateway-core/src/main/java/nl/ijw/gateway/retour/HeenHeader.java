package nl.ijw.gateway.retour;

import java.util.ArrayList;
import java.util.List;

import nl.ijw.gateway.message.MessageKind;
import nl.ijw.gateway.validation.MessageHeader;
import nl.ijw.gateway.validation.ValidationReport;

/**
 * The header values of an answered message that an answer repeats (all but BerichtCode). From a
 * schema-valid message they are the exact element texts; from an invalid one they are salvaged.
 */
record HeenHeader(String berichtVersie, String berichtSubversie, String afzender, String ontvanger,
                  String identificatie, String dagtekening, String basisXsdVersie, String berichtXsdVersie) {

    /** Reads a schema-valid header, texts unchanged. */
    static HeenHeader of(Node header) {
        Node id = header.child("BerichtIdentificatie").orElseThrow();
        Node xsd = header.child("XsdVersie").orElseThrow();
        return new HeenHeader(raw(header, "BerichtVersie"), raw(header, "BerichtSubversie"), raw(header, "Afzender"),
                raw(header, "Ontvanger"), raw(id, "Identificatie"), raw(id, "Dagtekening"),
                raw(xsd, "BasisschemaXsdVersie"), raw(xsd, "BerichtXsdVersie"));
    }

    /**
     * The header of a message that failed validation, as far as it can be trusted: sender,
     * receiver and identification as validation captured them, XsdVersie from the document when
     * its Header element was read to the end. BerichtVersie and BerichtSubversie are those of the
     * release the namespace names, because the answer's schema allows no other values.
     * Whether the result makes a schema-valid answer is checked by the caller.
     */
    static HeenHeader salvage(ValidationReport report, MessageKind kind, Tree tree) throws RetourNotPossible {
        MessageHeader h = report.header();
        List<String> missing = new ArrayList<>();
        check(h.afzender(), "Afzender", missing);
        check(h.ontvanger(), "Ontvanger", missing);
        check(h.identificatie(), "Identificatie", missing);
        check(h.dagtekening(), "Dagtekening", missing);
        if (!missing.isEmpty()) {
            throw new RetourNotPossible("heen-message header unreadable: " + String.join(", ", missing) + " missing");
        }
        Node header = tree.top("Header");
        if (header == null || !header.closed) {
            throw new RetourNotPossible("heen-message header unreadable: Header element incomplete or not well-formed");
        }
        Node xsd = header.child("XsdVersie").orElse(null);
        String basis = xsd == null ? null : xsd.childText("BasisschemaXsdVersie");
        String bericht = xsd == null ? null : xsd.childText("BerichtXsdVersie");
        if (basis == null || bericht == null) {
            throw new RetourNotPossible("heen-message header unreadable: XsdVersie missing");
        }
        String[] release = kind.release().version().split("\\.");
        return new HeenHeader(release[0], release[1], h.afzender(), h.ontvanger(), h.identificatie(), h.dagtekening(),
                basis, bericht);
    }

    /** Whether every value is there (a header captured from a valid message always has them all). */
    boolean complete() {
        return java.util.stream.Stream.of(berichtVersie, berichtSubversie, afzender, ontvanger, identificatie,
                dagtekening, basisXsdVersie, berichtXsdVersie).allMatch(v -> v != null && !v.isEmpty());
    }

    void writeVersions(XmlOut out) {
        out.leaf("BerichtVersie", berichtVersie).leaf("BerichtSubversie", berichtSubversie);
    }

    /** The message's identification under the given element name (BerichtIdentificatie, DeclaratieIdentificatie). */
    void writeIdentificatie(XmlOut out, String element) {
        writeIdentificatie(out, element, identificatie, dagtekening);
    }

    void writeXsdVersie(XmlOut out, String element) {
        writeXsdVersie(out, element, basisXsdVersie, berichtXsdVersie);
    }

    static void writeIdentificatie(XmlOut out, String element, String identificatie, String dagtekening) {
        out.open(element).basisLeaf("Identificatie", identificatie).basisLeaf("Dagtekening", dagtekening).close();
    }

    static void writeXsdVersie(XmlOut out, String element, String basis, String bericht) {
        out.open(element).basisLeaf("BasisschemaXsdVersie", basis).basisLeaf("BerichtXsdVersie", bericht).close();
    }

    private static String raw(Node parent, String name) {
        return parent.child(name).map(Node::text)
                .orElseThrow(() -> new IllegalStateException("valid header without " + name));
    }

    private static void check(String value, String name, List<String> missing) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }
}
