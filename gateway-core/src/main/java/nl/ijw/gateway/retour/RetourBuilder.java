package nl.ijw.gateway.retour;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.ijw.gateway.message.MessageKind;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.validation.MessageHeader;
import nl.ijw.gateway.validation.SchemaSet;
import nl.ijw.gateway.validation.ValidationReport;

/**
 * Builds the retour (JW302, 306, 308, 316, 318, 320) that answers a heen-message, following the
 * standard's fill-in instruction for retours (IV028):
 * <ul>
 * <li>The Header is the heen-message's header, unchanged (same Afzender, Ontvanger,
 * BerichtIdentificatie and XsdVersie, not swapped) except for the retour's BerichtCode, followed
 * by IdentificatieRetour, DagtekeningRetour, XsdVersieRetour (the versions in the appinfo of the
 * project's retour schema) and the Header's RetourCodes.</li>
 * <li>No codes at all: the Header alone, without RetourCodes (approved in full).</li>
 * <li>A header code other than 0200 (e.g. 9056): the Header alone with those codes; class codes
 * are then left out, as IV028 answers a header error with the header only.</li>
 * <li>A remark on any class: the whole body (the Client, or the Antwoord of a JW319) is copied
 * unchanged, and every class in it, i.e. every element that has RetourCodes in the retour
 * schema, gets its codes, or 0200 when it has none. The Header then gets 0200 unless given
 * codes.</li>
 * <li>A heen-message that failed schema validation: the Header alone with 0001, when its
 * header can be read well enough for a schema-valid retour; otherwise {@link RetourNotPossible}.
 * The content's codes are not used then; its identification and date are.</li>
 * </ul>
 * Which codes apply is the caller's decision; this class does not read the report's findings.
 * Every retour is validated against the schemas before it is returned, except an approval in full
 * built from the captured header, which is schema-valid by construction (see approvalFromCapture).
 *
 * <p>Thread-safe and meant to be shared: the schema facts and parsers are made once.
 */
public final class RetourBuilder {

    private final BuilderSupport support;

    /** @param schemas the schemas every retour is checked against (share the validator's set) */
    public RetourBuilder(SchemaSet schemas) {
        this.support = new BuilderSupport(schemas);
    }

    /** A builder that checks against the project's bundled schemas (compiling them takes a moment). */
    public static RetourBuilder standard() {
        return new RetourBuilder(SchemaSet.bundled());
    }

    /**
     * @param heen    the heen-message exactly as received
     * @param report  the validation report of those bytes
     * @param content the retour's identity and codes
     * @return the retour, UTF-8, schema-valid
     * @throws RetourNotPossible        when the heen-message failed validation and its header cannot
     *                                  be read well enough to answer it (the message says why)
     * @throws IllegalArgumentException when the heen-message type has no retour (a retour, JW323 or
     *                                  JW325), a class path names nothing in the message, or the
     *                                  content would make the retour schema-invalid
     */
    public byte[] build(byte[] heen, ValidationReport report, RetourContent content) throws RetourNotPossible {
        BuilderSupport.checkSameInput(heen, report);
        MessageKind kind = BuilderSupport.kindToAnswer(report);
        MessageType retourType = retourType(kind.type());
        SchemaFacts facts = support.facts(kind.release(), retourType);
        Optional<HeenHeader> captured = approvalFromCapture(report, content);
        if (captured.isPresent()) {
            XmlOut out = newOut(facts, kind);
            writeHeader(out, captured.get(), facts, content, List.of());
            return out.toBytes();
        }
        Tree tree = support.parse(heen);
        if (!BuilderSupport.schemaValid(report)) {
            HeenHeader h = HeenHeader.salvage(report, kind, tree);
            XmlOut out = newOut(facts, kind);
            writeHeader(out, h, facts, content, List.of(RetourCode.TECHNICAL_REJECTION));
            return support.checkedSalvage(out.toBytes(), retourType);
        }
        if (!tree.complete()) {
            throw new IllegalStateException("schema-valid message could not be parsed again");
        }
        return support.checked(answer(tree.root(), kind, facts, content), retourType);
    }

    /**
     * The common case, an approval in full of a schema-valid message, needs only the header, which
     * validation captured: no second parse. Nor a schema check: every text in it was just accepted
     * by the schema in the same basis types (captured exactly, without whitespace to trim), and
     * the retour's own identification is plain letters and digits and its date a date. Tests
     * validate these retours against the schemas all the same.
     */
    private static Optional<HeenHeader> approvalFromCapture(ValidationReport report, RetourContent content) {
        MessageHeader h = report.header();
        MessageHeader.Versions v = h.versions();
        boolean approval = content.headerCodes().isEmpty() && content.classCodes().isEmpty();
        if (!approval || !BuilderSupport.schemaValid(report) || !v.exact()
                || !BuilderSupport.plainIdentificatie(content.identificatieRetour())) {
            return Optional.empty();
        }
        return Optional.of(new HeenHeader(v.berichtVersie(), v.berichtSubversie(), h.afzender(), h.ontvanger(),
                h.identificatie(), h.dagtekening(), v.basisschemaXsdVersie(), v.berichtXsdVersie()))
                .filter(HeenHeader::complete);
    }

    /** The retour type answering a heen type, e.g. JW306 for JW305. */
    public static MessageType retourType(MessageType heenType) {
        return heenType.answeredBy().filter(MessageType::isRetour).orElseThrow(() -> new IllegalArgumentException(
                heenType + " is not answered by a retour" + (heenType == MessageType.JW323
                        ? "; use DeclaratieAntwoordBuilder" : "")));
    }

    private byte[] answer(Node root, MessageKind kind, SchemaFacts facts, RetourContent content) {
        String heenNs = kind.release().namespace(kind.type());
        Set<String> classes = facts.classes();
        ResolvedCodes codes = ResolvedCodes.resolve(root, content.classCodes(), content.headerCodes(),
                n -> n.namespace.equals(heenNs) && classes.contains(n.name));
        boolean withBody = !RetourCode.anyRemark(codes.header()) && codes.anyClassRemark();
        List<String> headerCodes = withBody ? RetourCode.orNoRemark(codes.header()) : codes.header();

        XmlOut out = newOut(facts, kind);
        writeHeader(out, HeenHeader.of(root.child("Header").orElseThrow()), facts, content, headerCodes);
        if (withBody) {
            root.children.stream().filter(n -> !n.name.equals("Header"))
                    .forEach(n -> writeWithCodes(out, n, codes, classes, heenNs));
        }
        return out.toBytes();
    }

    private static XmlOut newOut(SchemaFacts facts, MessageKind kind) {
        return new XmlOut(facts.namespace(), facts.type().key(), kind.release().basisNamespace(),
                kind.release().namespace(kind.type()));
    }

    private static void writeHeader(XmlOut out, HeenHeader h, SchemaFacts facts, RetourContent content,
                                    List<String> codes) {
        out.open("Header").leaf("BerichtCode", facts.type().berichtCode());
        h.writeVersions(out);
        out.leaf("Afzender", h.afzender()).leaf("Ontvanger", h.ontvanger());
        h.writeIdentificatie(out, "BerichtIdentificatie");
        h.writeXsdVersie(out, "XsdVersie");
        out.leaf("IdentificatieRetour", content.identificatieRetour())
                .leaf("DagtekeningRetour", content.dagtekeningRetour().toString());
        HeenHeader.writeXsdVersie(out, "XsdVersieRetour", facts.basisVersie(), facts.berichtVersie());
        if (!codes.isEmpty()) {
            out.retourCodes(codes);
        }
        out.close();
    }

    /** Copies an element; a class additionally gets its RetourCodes as last child (checked in SchemaFacts). */
    private static void writeWithCodes(XmlOut out, Node n, ResolvedCodes codes, Set<String> classes, String heenNs) {
        boolean isClass = n.namespace.equals(heenNs) && classes.contains(n.name);
        if (!isClass && n.isLeaf()) {
            out.copy(n);
            return;
        }
        out.openCopy(n);
        n.children.forEach(c -> writeWithCodes(out, c, codes, classes, heenNs));
        if (isClass) {
            out.retourCodes(RetourCode.orNoRemark(codes.of(n)));
        }
        out.close();
    }
}
