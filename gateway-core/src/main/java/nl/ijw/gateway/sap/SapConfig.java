package nl.ijw.gateway.sap;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.Product;

/**
 * Which SAP deadlines are checked and how long each is. Contracts differ, so this is data:
 * {@code sap.OP271.days=10}, {@code sap.OP272.enabled=false}, and providers or product codes
 * declared taakgericht ({@code sap.taakgericht.providers=12345678,...},
 * {@code sap.taakgericht.products=45A53,...}), for which no allocation-linked expectation
 * (OP271, OP272, NO_START) is created: task-based work has no per-client allocation to start or stop.
 */
public record SapConfig(Map<String, SapRule> rules, Set<String> taakgerichtProviders, Set<String> taakgerichtProducts) {

    public SapConfig {
        rules = Map.copyOf(rules);
        taakgerichtProviders = Set.copyOf(taakgerichtProviders);
        taakgerichtProducts = Set.copyOf(taakgerichtProducts);
    }

    public static SapConfig defaults() {
        return fromProperties(new Properties());
    }

    public static SapConfig load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SAP configuration " + file + ": " + e.getMessage(), e);
        }
        return fromProperties(p);
    }

    public static SapConfig fromProperties(Properties p) {
        Map<String, SapRule> rules = new LinkedHashMap<>();
        for (SapRule d : SapRule.defaults()) {
            String days = p.getProperty("sap." + d.id() + ".days");
            String on = p.getProperty("sap." + d.id() + ".enabled");
            rules.put(d.id(), d.with(days == null ? d.workingDays() : parseDays(d.id(), days),
                    on == null ? d.enabled() : parseBoolean(d.id(), on)));
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("sap.") && !known(key, rules.keySet())) {
                throw new IllegalArgumentException("Unknown SAP setting '" + key + "'");
            }
        }
        return new SapConfig(rules, list(p, "sap.taakgericht.providers"), list(p, "sap.taakgericht.products"));
    }

    /** Every rule switched off: the gateway without SAP bookkeeping (the benchmarks' reference). */
    public static SapConfig off() {
        Properties p = new Properties();
        SapRule.defaults().forEach(r -> p.setProperty("sap." + r.id() + ".enabled", "false"));
        return fromProperties(p);
    }

    /** Whether any rule is on; with none, nothing is tracked at all. */
    public boolean anyEnabled() {
        return rules.values().stream().anyMatch(SapRule::enabled);
    }

    /** A rule switched off is still returned, with enabled false. */
    public SapRule rule(String id) {
        SapRule r = rules.get(id);
        if (r == null) {
            throw new IllegalArgumentException("Unknown SAP rule " + id);
        }
        return r;
    }

    public boolean enabled(String id) {
        return rule(id).enabled();
    }

    /** Task-based work: the provider or the product code is declared taakgericht. */
    public boolean isTaakgericht(Party provider, Product product) {
        return taakgerichtProviders.contains(provider.code())
                || product != null && product.code() != null && taakgerichtProducts.contains(product.code());
    }

    // A typo in a contract setting would silently keep the default deadline: refuse it instead.
    private static boolean known(String key, Set<String> ids) {
        if (key.equals("sap.taakgericht.providers") || key.equals("sap.taakgericht.products")) {
            return true;
        }
        return ids.stream().anyMatch(id -> key.equals("sap." + id + ".days") || key.equals("sap." + id + ".enabled"));
    }

    private static int parseDays(String id, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sap." + id + ".days: not a number: '" + v + "'");
        }
    }

    private static boolean parseBoolean(String id, String v) {
        String s = v.strip().toLowerCase(java.util.Locale.ROOT);
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException("sap." + id + ".enabled: expected true or false, got '" + v + "'");
        }
        return s.equals("true");
    }

    private static Set<String> list(Properties p, String key) {
        String v = p.getProperty(key, "");
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
