package nl.ijw.gateway.engine;

import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.validation.Finding;

/**
 * Everything the engine decided about one message, committed with it.
 *
 * @param journalId the journal entry of the message
 * @param type      null when the input could not be identified
 * @param response  the retour (or JW325) to send back to the sender, if any
 * @param verdict   FAILED when deciding broke on a defect: journaled with its bytes, nothing
 *                  applied, no response (see {@link ProcessingEngine})
 * @param route     the party the message goes on to: its Ontvanger, a retour's Afzender (null
 *                  when unknown, and for a FAILED message, which goes to an operator instead)
 * @param sapFindings LATE findings of this message (SAP deadlines); signals only, they never
 *                  change the verdict, the state or the response
 * @param identificatieRetour a retour's own identity (its IdentificatieRetour; its Identificatie
 *                  names the message it answers); null for anything but a retour
 * @param declaratieIdentificatie a JW325's DeclaratieIdentificatie (the claim it answers); null for
 *                  anything but a JW325
 */
public record Outcome(long journalId, MessageType type, String sender, String receiver, String identificatie,
                      Verdict verdict, List<Finding> findings, Optional<Response> response, Party route,
                      List<SapFinding> sapFindings, String identificatieRetour, String declaratieIdentificatie) {

    public Outcome {
        findings = List.copyOf(findings);
        sapFindings = List.copyOf(sapFindings);
    }

    public Outcome(long journalId, MessageType type, String sender, String receiver, String identificatie,
                   Verdict verdict, List<Finding> findings, Optional<Response> response, Party route) {
        this(journalId, type, sender, receiver, identificatie, verdict, findings, response, route, List.of());
    }

    public Outcome(long journalId, MessageType type, String sender, String receiver, String identificatie,
                   Verdict verdict, List<Finding> findings, Optional<Response> response, Party route,
                   List<SapFinding> sapFindings) {
        this(journalId, type, sender, receiver, identificatie, verdict, findings, response, route, sapFindings, null);
    }

    public Outcome(long journalId, MessageType type, String sender, String receiver, String identificatie,
                   Verdict verdict, List<Finding> findings, Optional<Response> response, Party route,
                   List<SapFinding> sapFindings, String identificatieRetour) {
        this(journalId, type, sender, receiver, identificatie, verdict, findings, response, route, sapFindings,
                identificatieRetour, null);
    }

    /** Whether the message decided is a retour, which carries its own identity besides the one it answers. */
    public boolean isRetour() {
        return type != null && type.isRetour();
    }

    /** Who sent the message: its Afzender; a retour keeps its heen-message's header, so its Ontvanger. */
    public String from() {
        return isRetour() ? receiver : sender;
    }

    /** To whom the message goes on: its Ontvanger; a retour goes back to the Afzender of its heen-message. */
    public String to() {
        return isRetour() ? sender : receiver;
    }

    /** Whether the message decided answers another: a retour, or a JW325 (which answers a claim). */
    public boolean isAnswer() {
        return isRetour() || type == MessageType.JW325;
    }

    /**
     * The Identificatie of the message this one answers: a retour keeps it as its own Identificatie,
     * a JW325 names its claim in DeclaratieIdentificatie. Null for a heen-message, and where absent.
     */
    public String inReplyTo() {
        return isRetour() ? identificatie : type == MessageType.JW325 ? declaratieIdentificatie : null;
    }

    /** A message the gateway sends back: its type, identity and bytes, journaled as OUT. */
    public record Response(MessageType type, String identificatie, long journalId, byte[] xml) {
    }
}
