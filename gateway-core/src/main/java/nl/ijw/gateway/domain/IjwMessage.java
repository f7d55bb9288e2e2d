package nl.ijw.gateway.domain;

import nl.ijw.gateway.message.MessageType;

/**
 * An iJw message as the rules and the state see it: only the fields they need, with typed ids.
 * Every message class carries its element path ({@code /Bericht/Client/StartProducten/StartProduct[2]}),
 * so a finding on it can be placed on the same class in the retour.
 */
public sealed interface IjwMessage permits Toewijzing, StartLevering, StopLevering, VerzoekOmToewijzing,
        VerzoekOmWijziging, Antwoordbericht, Declaratie, Retour, DeclaratieAntwoord {

    Header header();

    default MessageType type() {
        return header().type();
    }

    /** Path of the n-th (0-based) repeated element below a parent path, numbered as validation numbers it. */
    static String item(String parent, String name, int index) {
        return parent + "/" + name + (index == 0 ? "" : "[" + (index + 1) + "]");
    }
}
