package nl.ijw.gateway.domain;

import nl.ijw.gateway.message.MessageType;

/**
 * The identity TR056 keeps unique: who sent it, which message type, which Identificatie. A retour
 * carries the header of the message it answers, so its own identity is its IdentificatieRetour,
 * sent by the answered message's Ontvanger.
 */
public record MessageKey(Party sender, MessageType type, String identificatie) {

    public static MessageKey of(IjwMessage m) {
        if (m instanceof Retour r) {
            return new MessageKey(r.header().ontvanger(), r.type(), r.identificatieRetour());
        }
        return new MessageKey(m.header().afzender(), m.type(), m.header().identificatie());
    }

    @Override
    public String toString() {
        return type + " " + identificatie + " from " + sender;
    }
}
