package nl.ijw.gateway.domain;

import java.util.Objects;

/** A message's identity: its Identificatie is unique per Afzender (TR056). */
public record MessageId(Party afzender, String identificatie) {

    public MessageId {
        Objects.requireNonNull(afzender, "afzender");
        Objects.requireNonNull(identificatie, "identificatie");
    }

    public static MessageId of(String afzender, String identificatie) {
        return new MessageId(Party.of(afzender), identificatie);
    }

    @Override
    public String toString() {
        return afzender + "/" + identificatie;
    }
}
