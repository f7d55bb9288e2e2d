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

    /**
     * A SAP settings file. It holds SAP settings only, so any other key is refused as well: a
     * setting misspelt or without its {@code sap.} prefix would otherwise keep the default rules
     * without a word. Each refusal names the file, the line and the key, and says what keys look like.
     */
    public static SapConfig load(Path file) {
        String text = text(file);
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException | IllegalArgumentException e) { // a malformed unicode escape
            throw new IllegalArgumentException(file + ": not a properties file; give a SAP settings file" + KEYS);
        }
        try {
            refuseOthers(p, text);
            return fromProperties(p);
        } catch (BadSetting e) {
            int line = lineOf(text, e.key);
            throw new IllegalArgumentException(file + (line == Integer.MAX_VALUE ? "" : " line " + line) + ": " + e.getMessage(), e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not a text file (UTF-8); give a SAP settings file" + KEYS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SAP configuration " + file + ": " + e.getMessage(), e);
        }
    }

    /** Keys without the sap. prefix: the first in the file is refused. */
    private static void refuseOthers(Properties p, String text) {
        java.util.Optional<String> other = p.stringPropertyNames().stream().filter(k -> !k.startsWith("sap."))
                .min(java.util.Comparator.comparingInt(k -> lineOf(text, k)));
        if (other.isPresent()) {
            throw new BadSetting(other.get(), "unknown setting '" + other.get() + "'" + KEYS);
        }
    }

    /** What a SAP settings file holds, for the errors about one. */
    private static final String KEYS = "; its lines are sap.RULE.days=N (working days), sap.RULE.enabled=true|false,"
            + " sap.taakgericht.providers=AGB,... and sap.taakgericht.products=CODE,..., RULE one of "
            + SapRule.defaults().stream().map(SapRule::id).collect(Collectors.joining(", ")) + " (docs/sap.md)";

    /** The number of the line where the key is set, or Integer.MAX_VALUE when it is not found as written. */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith("#") || l.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < l.length() && "=: \t\f".indexOf(l.charAt(end)) < 0) {
                end++;
            }
            if (l.substring(0, end).equals(key)) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A setting refused, with the key it concerns. */
    static final class BadSetting extends IllegalArgumentException {
        final String key;

        BadSetting(String key, String message) {
            super(message);
            this.key = key;
        }
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
                throw new BadSetting(key, "unknown SAP setting '" + key + "'" + KEYS);
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
        String key = "sap." + id + ".days";
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadSetting(key, key + ": '" + v + "' is not a number of working days; give a whole number, e.g. "
                    + key + "=10");
        }
    }

    private static boolean parseBoolean(String id, String v) {
        String key = "sap." + id + ".enabled";
        String s = v.strip().toLowerCase(java.util.Locale.ROOT);
        if (!s.equals("true") && !s.equals("false")) {
            throw new BadSetting(key, key + ": expected true or false, got '" + v + "'");
        }
        return s.equals("true");
    }

    private static Set<String> list(Properties p, String key) {
        String v = p.getProperty(key, "");
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
