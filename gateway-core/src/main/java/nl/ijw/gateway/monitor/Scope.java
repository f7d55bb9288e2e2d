package nl.ijw.gateway.monitor;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The party codes a monitor user sees in full: {@code *} (every party, e.g. the deployment's
 * own administrator), municipality codes (4 digits; a region lists its municipalities) or
 * provider AGB codes (8 digits). Every monitor query is filtered by a scope on the server; a
 * message is in scope when its sender or its receiver is.
 */
public record Scope(boolean everything, Set<String> parties) {

    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
    private static final Pattern PROVIDER = Pattern.compile("\\d{8}");

    public Scope {
        parties = Set.copyOf(new TreeSet<>(Objects.requireNonNull(parties, "parties")));
        if (!everything && parties.isEmpty()) {
            throw new IllegalArgumentException("a scope names at least one party code (or '*' for every party)");
        }
    }

    public static Scope all() {
        return new Scope(true, Set.of());
    }

    public static Scope of(Collection<String> codes) {
        for (String c : codes) {
            if (!MUNICIPALITY.matcher(c).matches() && !PROVIDER.matcher(c).matches()) {
                throw new IllegalArgumentException("scope: '" + c
                        + "' is neither a 4-digit municipality code nor an 8-digit AGB code (or use '*')");
            }
        }
        return new Scope(false, Set.copyOf(codes));
    }

    /** Parses {@code *} or a comma-separated list of party codes, e.g. {@code 0599,0363}. */
    public static Scope parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("*")) {
            return all();
        }
        return of(Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    public boolean sees(String party) {
        return everything || (party != null && parties.contains(party));
    }

    /** A message between these two parties is in scope when either is. */
    public boolean sees(String sender, String receiver) {
        return sees(sender) || sees(receiver);
    }

    /** True when every code is a provider's AGB code: such a user sees only its own figures. */
    public boolean providersOnly() {
        return !everything && parties.stream().allMatch(p -> PROVIDER.matcher(p).matches());
    }

    /** The municipality codes in this scope (empty for {@code *} and for a provider's scope). */
    public Set<String> municipalities() {
        Set<String> m = new TreeSet<>();
        parties.stream().filter(p -> MUNICIPALITY.matcher(p).matches()).forEach(m::add);
        return Set.copyOf(m);
    }

    @Override
    public String toString() {
        return everything ? "*" : String.join(",", new TreeSet<>(parties));
    }
}
