package nl.ijw.gateway.validation;

/**
 * Picks the identifying header fields out of the SAX stream
 * ({@code /Bericht/Header/Afzender}, {@code /Bericht/Header/BerichtIdentificatie/Identificatie}, ...).
 */
final class HeaderCapture {

    private enum Field { BERICHT_CODE, AFZENDER, ONTVANGER, IDENTIFICATIE, DAGTEKENING, ID_RETOUR, DAG_RETOUR }

    private final String[] values = new String[Field.values().length];
    private final StringBuilder text = new StringBuilder();
    private Field current;
    private int currentDepth;

    void reset() {
        java.util.Arrays.fill(values, null);
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
                default -> null;
            };
        } else if ("BerichtIdentificatie".equals(local[3])) {
            current = switch (name) {
                case "Identificatie" -> Field.IDENTIFICATIE;
                case "Dagtekening" -> Field.DAGTEKENING;
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
            values[current.ordinal()] = text.toString().trim();
            current = null;
        }
    }

    MessageHeader toHeader() {
        return new MessageHeader(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }
}
