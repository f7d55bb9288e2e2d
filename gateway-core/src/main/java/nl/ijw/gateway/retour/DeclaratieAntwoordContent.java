package nl.ijw.gateway.retour;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.ijw.gateway.validation.Finding;

/**
 * What the municipality decided about a claim (JW323), to be written into its JW325.
 *
 * @param identificatie the JW325's own message identification, unique per municipality (1 to 12 characters)
 * @param dagtekening   the JW325's creation date
 * @param classCodes    codes on the claim's classes, by their path in the JW323:
 *                      {@code /Bericht/Declaratie} (the whole claim, e.g. 9333),
 *                      {@code /Bericht/Declaratie/Clienten/Client[2]} (a client: all its Prestaties
 *                      are rejected as not judged),
 *                      {@code /Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie[2]} (one
 *                      line, e.g. 9321); a path below one of these counts for it
 * @param headerCodes   codes for the Header (e.g. 9056); any code but 0200 rejects the claim as a whole
 */
public record DeclaratieAntwoordContent(String identificatie, LocalDate dagtekening, List<ClassCode> classCodes,
                                        List<String> headerCodes) {

    public DeclaratieAntwoordContent {
        identificatie = RetourContent.checkIdentificatie(identificatie);
        Objects.requireNonNull(dagtekening, "dagtekening");
        classCodes = classCodes == null ? List.of() : List.copyOf(classCodes);
        headerCodes = headerCodes == null ? List.of() : List.copyOf(headerCodes);
        headerCodes.forEach(ClassCode::checkCode);
    }

    /** The content for a report's error findings, placed as {@link RetourContent#fromFindings} places them. */
    public static DeclaratieAntwoordContent fromFindings(String identificatie, LocalDate dagtekening,
                                                         List<Finding> findings) {
        ClassCode.Split s = ClassCode.split(findings);
        return new DeclaratieAntwoordContent(identificatie, dagtekening, s.classCodes(), s.headerCodes());
    }

    /** The claim is granted in full. */
    public static DeclaratieAntwoordContent granted(String identificatie, LocalDate dagtekening) {
        return new DeclaratieAntwoordContent(identificatie, dagtekening, List.of(), List.of());
    }
}
