package nl.ijw.gateway.retour;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.ijw.gateway.message.MessageKind;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.validation.SchemaSet;
import nl.ijw.gateway.validation.ValidationReport;

/**
 * Builds the JW325 declaratie-antwoord for a claim (JW323), following the standard's fill-in
 * instruction for it (IV087). Unlike a retour it is a message of its own: BerichtCode 491, the
 * municipality (the claim's Ontvanger) as Afzender, the provider as Ontvanger, its own
 * identification, and the claim's identification and XsdVersie in DeclaratieIdentificatie and
 * XsdVersieDeclaratie.
 * <ul>
 * <li>A header code other than 0200: the Header alone with those codes.</li>
 * <li>A remark on the Declaratie class (e.g. 9333): DeclaratieAntwoord with those codes and
 * TotaalToegekendBedrag 0; no Clienten.</li>
 * <li>Otherwise only the rejected Prestaties are listed, under their Client: a Prestatie with a
 * remark carries its codes; a Client with a remark carries its codes and all its Prestaties are
 * rejected with 0233 (not judged) unless they have codes of their own. Clients without rejected
 * Prestaties are left out. Listed Clients without a remark and the Header get 0200;
 * DeclaratieAntwoord gets 0200, or 8001 when nothing is rejected.</li>
 * <li>TotaalIngediendBedrag is the claim's, as claimed. TotaalToegekendBedrag is the claimed total
 * minus every rejected Prestatie's IngediendBedrag, with signs: debit (D) counts positive, credit
 * (C) negative. So a rejected debit line lowers the granted amount and a rejected credit line
 * raises it. When the claim's total equals the sum of its lines (an in-message rule), this is the
 * sum of the granted lines, as IV087 defines it. A negative result is written as credit.</li>
 * <li>A claim that failed schema validation: the Header alone with 0001 (IV087 for a technical
 * rejection), when its header can be read well enough; otherwise {@link RetourNotPossible}.</li>
 * </ul>
 * Every answer is validated against the schemas before it is returned, except a claim granted in
 * full, which is schema-valid by construction (see grantedInFull). Thread-safe; share one.
 */
public final class DeclaratieAntwoordBuilder {

    /** The claim's message classes; Declaratie is answered by the DeclaratieAntwoord class. */
    private static final Set<String> CLAIM_CLASSES = Set.of("Declaratie", "Client", "Prestatie");

    private final BuilderSupport support;

    public DeclaratieAntwoordBuilder(SchemaSet schemas) {
        this.support = new BuilderSupport(schemas);
    }

    public static DeclaratieAntwoordBuilder standard() {
        return new DeclaratieAntwoordBuilder(SchemaSet.bundled());
    }

    /**
     * @param claim   the JW323 exactly as received
     * @param report  the validation report of those bytes
     * @param content the answer's identity and codes
     * @return the JW325, UTF-8, schema-valid
     * @throws RetourNotPossible        when the claim failed validation and its header cannot be read
     *                                  well enough to answer it
     * @throws IllegalArgumentException when the message is not a JW323, a class path names nothing in
     *                                  the claim, or the content would make the JW325 schema-invalid
     */
    public byte[] build(byte[] claim, ValidationReport report, DeclaratieAntwoordContent content)
            throws RetourNotPossible {
        BuilderSupport.checkSameInput(claim, report);
        MessageKind kind = BuilderSupport.kindToAnswer(report);
        if (kind.type() != MessageType.JW323) {
            throw new IllegalArgumentException("a declaratie-antwoord answers a JW323, not a " + kind.type());
        }
        SchemaFacts facts = support.facts(kind.release(), MessageType.JW325);
        Tree tree = support.parse(claim);
        if (!BuilderSupport.schemaValid(report)) {
            XmlOut out = newOut(facts, kind);
            writeHeader(out, HeenHeader.salvage(report, kind, tree), facts, content, List.of(RetourCode.TECHNICAL_REJECTION));
            return support.checkedSalvage(out.toBytes(), MessageType.JW325);
        }
        Node root = tree.root();
        String claimNs = kind.release().namespace(MessageType.JW323);
        ResolvedCodes codes = ResolvedCodes.resolve(root, content.classCodes(), content.headerCodes(),
                n -> n.namespace.equals(claimNs) && CLAIM_CLASSES.contains(n.name));
        HeenHeader h = HeenHeader.of(root.child("Header").orElseThrow());
        XmlOut out = newOut(facts, kind);
        if (RetourCode.anyRemark(codes.header())) {
            writeHeader(out, h, facts, content, codes.header());
        } else {
            writeHeader(out, h, facts, content, RetourCode.orNoRemark(codes.header()));
            writeAnswer(out, root.child("Declaratie").orElseThrow(), codes);
        }
        return grantedInFull(content) ? out.toBytes() : support.checked(out.toBytes(), MessageType.JW325);
    }

    /**
     * The common answer, a claim granted in full, needs no schema check of its own (a quarter of
     * what preparing a claim cost): every text in it is either copied from the schema-valid claim
     * into an element of the same type or a looser one (header fields, DeclaratieNummer,
     * TotaalIngediendBedrag), the same amount written again, a fixed code, or the answer's own
     * identification (plain letters and digits) and date. Tests validate these answers all the same.
     */
    private static boolean grantedInFull(DeclaratieAntwoordContent content) {
        return content.headerCodes().isEmpty() && content.classCodes().isEmpty()
                && BuilderSupport.plainIdentificatie(content.identificatie());
    }

    private static XmlOut newOut(SchemaFacts facts, MessageKind kind) {
        return new XmlOut(facts.namespace(), facts.type().key(), kind.release().basisNamespace(),
                kind.release().namespace(MessageType.JW323));
    }

    private static void writeHeader(XmlOut out, HeenHeader claim, SchemaFacts facts, DeclaratieAntwoordContent content,
                                    List<String> codes) {
        out.open("Header").leaf("BerichtCode", MessageType.JW325.berichtCode());
        claim.writeVersions(out); // the release's versions, which a claim of this release must carry too
        out.leaf("Afzender", claim.ontvanger()).leaf("Ontvanger", claim.afzender());
        HeenHeader.writeIdentificatie(out, "BerichtIdentificatie", content.identificatie(),
                content.dagtekening().toString());
        HeenHeader.writeXsdVersie(out, "XsdVersie", facts.basisVersie(), facts.berichtVersie());
        claim.writeIdentificatie(out, "DeclaratieIdentificatie");
        claim.writeXsdVersie(out, "XsdVersieDeclaratie");
        out.retourCodes(codes).close();
    }

    /** A Client of the answer with the Prestaties rejected under it. */
    private record ClientAnswer(Node client, List<Node> prestaties) {
    }

    private static void writeAnswer(XmlOut out, Node declaratie, ResolvedCodes codes) {
        Node ingediend = declaratie.child("TotaalIngediendBedrag").orElseThrow();
        out.open("DeclaratieAntwoord").copy(declaratie.child("DeclaratieNummer").orElseThrow()).copy(ingediend);
        List<String> declCodes = codes.of(declaratie);
        if (RetourCode.anyRemark(declCodes)) {
            // The claim is rejected as a whole (IV087): nothing granted, no lines listed.
            Amount.ZERO.write(out, "TotaalToegekendBedrag", "TotaalBedrag");
            out.retourCodes(declCodes).close();
            return;
        }
        List<ClientAnswer> answers = rejections(declaratie, codes);
        Amount granted = Amount.of(ingediend, "TotaalBedrag");
        for (ClientAnswer a : answers) {
            for (Node p : a.prestaties()) {
                granted = granted.minus(Amount.of(p.child("IngediendBedrag").orElseThrow(), "Bedrag"));
            }
        }
        granted.write(out, "TotaalToegekendBedrag", "TotaalBedrag");
        if (!answers.isEmpty()) {
            out.open("Clienten");
            answers.forEach(a -> writeClient(out, a, codes));
            out.close();
        }
        out.retourCodes(List.of(answers.isEmpty() ? RetourCode.FULLY_GRANTED : RetourCode.NO_REMARK)).close();
    }

    private static List<ClientAnswer> rejections(Node declaratie, ResolvedCodes codes) {
        List<ClientAnswer> answers = new ArrayList<>();
        for (Node client : declaratie.child("Clienten").orElseThrow().children("Client")) {
            boolean clientRejected = RetourCode.anyRemark(codes.of(client));
            List<Node> rejected = client.child("Prestaties").orElseThrow().children("Prestatie").stream()
                    .filter(p -> clientRejected || RetourCode.anyRemark(codes.of(p))).toList();
            if (!rejected.isEmpty()) {
                answers.add(new ClientAnswer(client, rejected));
            }
        }
        return answers;
    }

    private static void writeClient(XmlOut out, ClientAnswer a, ResolvedCodes codes) {
        out.open("Client").copy(a.client().child("Bsn").orElseThrow()).open("Prestaties");
        for (Node p : a.prestaties()) {
            out.openCopy(p);
            p.children.forEach(out::copy);
            List<String> own = codes.of(p);
            out.retourCodes(RetourCode.anyRemark(own) ? own : List.of(RetourCode.NOT_JUDGED)).close();
        }
        out.close().retourCodes(RetourCode.orNoRemark(codes.of(a.client()))).close();
    }
}
