package nl.ijw.gateway.sap.report;

import nl.ijw.gateway.sap.SapRule;

/** The side that had to send the awaited message; ALL on a total over both sides. */
public enum AwaitedFrom {
    PROVIDER, MUNICIPALITY, ALL;

    /**
     * The awaited message comes from the party that received the waiting one (its retour, the answer
     * to a request, the start of an allocation, the JW325 to a claim), except for OP272: a stop
     * always comes from the provider, whether a start or an allocation's Einddatum made it awaited.
     */
    public static AwaitedFrom of(String rule, String sender, String receiver) {
        if (SapRule.OP272.equals(rule)) {
            return PROVIDER;
        }
        return isMunicipality(receiver) ? MUNICIPALITY : PROVIDER;
    }

    /** Municipalities are 4-digit gemeentecodes, providers 8-digit AGB codes. */
    public static boolean isMunicipality(String code) {
        return code != null && code.length() == 4;
    }
}
