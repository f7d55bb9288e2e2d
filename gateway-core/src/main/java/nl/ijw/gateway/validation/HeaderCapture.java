package nl.ijw.gateway.validation;

/**
 * Picks the identifying header fields out of the SAX stream
 * ({@code /Bericht/Header/Afzender}, {@code /Bericht/Header/BerichtIdentificatie/Identificatie}, ...),
 * and a JW325's {@code /Bericht/Header/DeclaratieIdentificatie/Identificatie}: the claim it answers.
 */
final class HeaderCapture {

    private enum Field {
        BERICHT_CODE, AFZENDER, ONTVANGER, IDENTIFICATIE, DAGTEKENING, ID_RETOUR, DAG_RETOUR,
        BERICHT_VERSIE, BERICHT_SUBVERSIE, BASIS_XSD, BERICHT_XSD, DECLARATIE_ID
    }

    private final String[] values = new String[Field.values().length];
    private final StringBuilder text = new StringBuilder();
    private Field current;
    private int currentDepth;
    private boolean exact;

    void reset() {
        java.util.Arrays.fill(values, null);
        exact = true;
        current = null;
        text.setLength(0);
    }

    void start(int depth, String[] local, String name) {
        current = null;
        if (depth < 3 || depth > 4 || !"Header".equals(local[2])) {
            return;
        }
        if (depth == 3) {
            current = switch (name) {
                case "BerichtCode" -> Field.BERICHT_CODE;
                case "Afzender" -> Field.AFZENDER;
                case "Ontvanger" -> Field.ONTVANGER;
                case "IdentificatieRetour" -> Field.ID_RETOUR;
                case "DagtekeningRetour" -> Field.DAG_RETOUR;
                case "BerichtVersie" -> Field.BERICHT_VERSIE;
                case "BerichtSubversie" -> Field.BERICHT_SUBVERSIE;
                default -> null;
            };
        } else if ("BerichtIdentificatie".equals(local[3])) {
            current = switch (name) {
                case "Identificatie" -> Field.IDENTIFICATIE;
                case "Dagtekening" -> Field.DAGTEKENING;
                default -> null;
            };
        } else if ("DeclaratieIdentificatie".equals(local[3])) {
            current = "Identificatie".equals(name) ? Field.DECLARATIE_ID : null;
        } else if ("XsdVersie".equals(local[3])) {
            current = switch (name) {
                case "BasisschemaXsdVersie" -> Field.BASIS_XSD;
                case "BerichtXsdVersie" -> Field.BERICHT_XSD;
                default -> null;
            };
        }
        if (current != null) {
            currentDepth = depth;
            text.setLength(0);
        }
    }

    void characters(char[] ch, int start, int length) {
        if (current != null) {
            text.append(ch, start, length);
        }
    }

    void end(int depth) {
        if (current != null && depth == currentDepth) {
            String raw = text.toString();
            String trimmed = raw.trim();
            exact &= raw.length() == trimmed.length();
            values[current.ordinal()] = trimmed;
            current = null;
        }
    }

    MessageHeader toHeader() {
        return new MessageHeader(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                new MessageHeader.Versions(values[7], values[8], values[9], values[10], exact), values[11]);
    }
}
