package nl.ijw.gateway.generate;

import java.time.LocalDate;

/**
 * Writes iJw 3.2 messages as text, element by element, in the layout of the samples (prefix of
 * the message's namespace, {@code ijw:} for the basisschema, two-space indentation). Only what
 * the generator needs; the schemas decide what is valid, and the tests validate every message.
 */
final class Xml {

    private static final String NS = "http://www.istandaarden.nl/ijw/3_2/";
    private final StringBuilder sb = new StringBuilder(2048);
    private final String p;
    private int depth;

    private Xml(String type) {
        this.p = type;
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(p).append(":Bericht xmlns:").append(p)
                .append("=\"").append(NS).append(p).append("/schema\" xmlns:ijw=\"").append(NS)
                .append("basisschema/schema\">\n");
        depth = 1;
    }

    /** A message of this type ("jw301"), opened with its root element. */
    static Xml of(String type) {
        return new Xml(type);
    }

    /** Opens an element of the message's namespace. */
    Xml open(String name) {
        indent().append('<').append(p).append(':').append(name).append(">\n");
        depth++;
        return this;
    }

    Xml close(String name) {
        depth--;
        indent().append("</").append(p).append(':').append(name).append(">\n");
        return this;
    }

    /** An element of the message's namespace with text. */
    Xml el(String name, Object value) {
        return text(p, name, value);
    }

    /** An element of the basisschema namespace with text. */
    Xml ijw(String name, Object value) {
        return text("ijw", name, value);
    }

    Xml openIjw(String name) {
        indent().append("<ijw:").append(name).append(">\n");
        depth++;
        return this;
    }

    Xml closeIjw(String name) {
        depth--;
        indent().append("</ijw:").append(name).append(">\n");
        return this;
    }

    private Xml text(String prefix, String name, Object value) {
        indent().append('<').append(prefix).append(':').append(name).append('>').append(value)
                .append("</").append(prefix).append(':').append(name).append(">\n");
        return this;
    }

    /** The header every message starts with. */
    Xml header(String code, String afzender, String ontvanger, String id, LocalDate dagtekening) {
        open("Header").el("BerichtCode", code).el("BerichtVersie", 3).el("BerichtSubversie", 2)
                .el("Afzender", afzender).el("Ontvanger", ontvanger);
        identificatie("BerichtIdentificatie", id, dagtekening);
        return versie("XsdVersie");
    }

    Xml identificatie(String name, String id, LocalDate dagtekening) {
        return open(name).ijw("Identificatie", id).ijw("Dagtekening", dagtekening).close(name);
    }

    Xml versie(String name) {
        return open(name).ijw("BasisschemaXsdVersie", "0.1.0").ijw("BerichtXsdVersie", "0.1.0").close(name);
    }

    Xml product(String name, String categorie, String code) {
        return open(name).ijw("Categorie", categorie).ijw("Code", code).close(name);
    }

    Xml omvang(int volume) {
        return open("Omvang").ijw("Volume", volume).ijw("Eenheid", "04").ijw("Frequentie", "2").close("Omvang");
    }

    Xml bedrag(String name, String inner, long cents) {
        return open(name).ijw(inner, cents).ijw("DebetCredit", "D").close(name);
    }

    byte[] bytes() {
        depth = 0;
        sb.append("</").append(p).append(":Bericht>\n");
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
        return sb;
    }
}
