package nl.ijw.gateway.monitor;

import nl.ijw.gateway.sap.report.AwaitedFrom;

/** Which side of a message is the municipality: 4-digit gemeentecodes, providers 8-digit AGB codes. */
final class PartyCodes {

    private PartyCodes() {
    }

    /** The municipality of a message between these parties, or null when neither is one. */
    static String municipality(String sender, String receiver) {
        if (AwaitedFrom.isMunicipality(sender)) {
            return sender;
        }
        return AwaitedFrom.isMunicipality(receiver) ? receiver : null;
    }
}
