package nl.ijw.gateway.sap.report;

import java.time.LocalDate;

import nl.ijw.gateway.text.Counts;

/**
 * What the report was computed from: a history replayed into a fresh store, or a gateway's data
 * directory as it is.
 *
 * @param path     the history folder or data directory, as given
 * @param messages for a history: the number of messages replayed; otherwise null
 * @param first    for a history: the receipt date of its first message replayed (up to the as-of
 *                 moment); null when none or not a history
 * @param last     for a history: the receipt date of its last message; otherwise null
 */
public record Basis(Source source, String path, Integer messages, LocalDate first, LocalDate last) {

    public enum Source { HISTORY, DATA_DIRECTORY }

    public static Basis dataDirectory(String path) {
        return new Basis(Source.DATA_DIRECTORY, path, null, null, null);
    }

    public String english() {
        if (source == Source.HISTORY && messages == 0) {
            return "Replay of history " + path + ": no message received up to the as-of moment";
        }
        return source == Source.HISTORY
                ? "Replay of history " + path + ": " + Counts.of(messages, "message") + " received " + first + " to " + last
                        + ", into a fresh store"
                : "Gateway data directory " + path + ", as stored";
    }

    public String dutch() {
        if (source == Source.HISTORY && messages == 0) {
            return "Herhaling van berichtenhistorie " + path + ": geen bericht ontvangen tot de peildatum";
        }
        return source == Source.HISTORY
                ? "Herhaling van berichtenhistorie " + path + ": " + messages + (messages == 1 ? " bericht" : " berichten") + " ontvangen " + first + " t/m "
                        + last + ", in een lege database"
                : "Gegevensmap van de gateway " + path + ", zoals opgeslagen";
    }
}
