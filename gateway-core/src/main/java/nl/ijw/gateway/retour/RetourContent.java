package nl.ijw.gateway.retour;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.ijw.gateway.validation.Finding;

/**
 * What the gateway decided about a heen-message, to be written into its retour.
 *
 * @param identificatieRetour the retour's own identification, unique per sender (1 to 12 characters)
 * @param dagtekeningRetour   the retour's creation date
 * @param classCodes          codes for message classes below the header; classes without one get 0200
 * @param headerCodes         codes for the Header class (e.g. 9056 duplicate identification)
 */
public record RetourContent(String identificatieRetour, LocalDate dagtekeningRetour,
                            List<ClassCode> classCodes, List<String> headerCodes) {

    /** LDT_IdentificatieBericht allows at most 12 characters. */
    public static final int MAX_IDENTIFICATIE = 12;

    public RetourContent {
        identificatieRetour = checkIdentificatie(identificatieRetour);
        Objects.requireNonNull(dagtekeningRetour, "dagtekeningRetour");
        classCodes = classCodes == null ? List.of() : List.copyOf(classCodes);
        headerCodes = headerCodes == null ? List.of() : List.copyOf(headerCodes);
        headerCodes.forEach(ClassCode::checkCode);
    }

    /** A retour without remarks: the message is approved in full. */
    public static RetourContent approved(String identificatieRetour, LocalDate dagtekeningRetour) {
        return new RetourContent(identificatieRetour, dagtekeningRetour, List.of(), List.of());
    }

    /** A header-only retour with these header codes. */
    public static RetourContent headerOnly(String identificatieRetour, LocalDate dagtekeningRetour, String... codes) {
        return new RetourContent(identificatieRetour, dagtekeningRetour, List.of(), List.of(codes));
    }

    /**
     * The content for a report's error findings, each placed on the class its element path lies
     * in, or on the Header (no path, or code 0001). For the engine, which has findings, not codes.
     */
    public static RetourContent fromFindings(String identificatieRetour, LocalDate dagtekeningRetour,
                                             List<Finding> findings) {
        ClassCode.Split s = ClassCode.split(findings);
        return new RetourContent(identificatieRetour, dagtekeningRetour, s.classCodes(), s.headerCodes());
    }

    static String checkIdentificatie(String id) {
        Objects.requireNonNull(id, "identificatie");
        if (id.isBlank() || id.length() > MAX_IDENTIFICATIE) {
            throw new IllegalArgumentException("identificatie must have 1 to " + MAX_IDENTIFICATIE
                    + " characters, not all blank: '" + id + "'");
        }
        return id;
    }
}
