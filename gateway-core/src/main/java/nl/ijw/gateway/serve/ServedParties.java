package nl.ijw.gateway.serve;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.ijw.gateway.validation.MessageHeader;

/**
 * Whom the gateway acts for ({@code gateway.serves}): every municipality (a municipality-side
 * deployment, the default) or a fixed list of party codes (a regional purchasing organisation
 * lists its municipalities; a provider-side deployment its AGB codes).
 */
public record ServedParties(boolean allMunicipalities, Set<String> codes) {

    /** The value of {@code gateway.serves} that means every municipality code. */
    public static final String ALL_MUNICIPALITIES = "municipalities";

    private static final Pattern CODE = Pattern.compile("\\d{4}|\\d{8}");

    public ServedParties {
        codes = Set.copyOf(Objects.requireNonNull(codes, "codes"));
    }

    public static ServedParties municipalities() {
        return new ServedParties(true, Set.of());
    }

    /**
     * Parses {@code municipalities} or a comma-separated list of 4-digit municipality (CBS) and
     * 8-digit provider (AGB) codes.
     *
     * @throws IllegalArgumentException with a text that names the offending entry
     */
    public static ServedParties parse(String value) {
        String v = value == null ? "" : value.trim();
        if (v.equalsIgnoreCase(ALL_MUNICIPALITIES)) {
            return municipalities();
        }
        Set<String> codes = new TreeSet<>();
        for (String part : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            if (part.equalsIgnoreCase(ALL_MUNICIPALITIES)) {
                throw new IllegalArgumentException("gateway.serves: '" + ALL_MUNICIPALITIES + "' means every municipality"
                        + " and stands alone; give it alone, or list party codes only (" + v + ")");
            }
            if (!CODE.matcher(part).matches()) {
                throw new IllegalArgumentException("gateway.serves: '" + part
                        + "' is neither a 4-digit municipality code nor an 8-digit AGB code (or use '"
                        + ALL_MUNICIPALITIES + "')");
            }
            codes.add(part);
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("gateway.serves is empty: list party codes or use '" + ALL_MUNICIPALITIES + "'");
        }
        return new ServedParties(false, codes);
    }

    public boolean serves(String code) {
        if (code == null) {
            return false;
        }
        String c = code.trim();
        return allMunicipalities ? c.length() == 4 && CODE.matcher(c).matches() : codes.contains(c);
    }

    /**
     * What the gateway is to a message, from its header as read (even from an invalid message), by
     * who sends it and to whom: a provider's JW302 names the municipality as Afzender (a retour keeps
     * its heen-message's header), yet it is addressed to that municipality. A message between two
     * served parties is addressed to one: the gateway answers it on the receiver's behalf, as the
     * receiver's own gateway would, and forwards it when accepted (what it does for the sender too).
     */
    public Role roleFor(MessageHeader header) {
        if (header.afzender() == null && header.ontvanger() == null) {
            return Role.UNIDENTIFIED;
        }
        if (serves(header.to())) {
            return Role.TO_SERVED;
        }
        return serves(header.from()) ? Role.FROM_SERVED : Role.FOREIGN;
    }

    /** For the start log line and the status page. */
    public String describe() {
        return allMunicipalities ? "all municipalities" : codes.stream().sorted().collect(Collectors.joining(","));
    }
}
