package nl.ijw.gateway.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Per-rule severity overrides from configuration ({@code severity.TR135=WARNING}), so that an
 * operator can soften or harden a rule without a code change.
 */
public record SeverityPolicy(Map<String, Severity> overrides) {

    public static final SeverityPolicy DEFAULT = new SeverityPolicy(Map.of());
    private static final String PREFIX = "severity.";

    public SeverityPolicy {
        overrides = Map.copyOf(overrides);
    }

    public static SeverityPolicy fromProperties(Properties props) {
        Map<String, Severity> map = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                String value = props.getProperty(key).trim().toUpperCase(Locale.ROOT);
                try {
                    map.put(key.substring(PREFIX.length()), Severity.valueOf(value));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown severity '" + value + "' for " + key
                            + "; use ERROR, WARNING or INFO", e);
                }
            }
        }
        return new SeverityPolicy(map);
    }

    public Finding apply(Finding f) {
        Severity s = overrides.get(f.ruleId());
        return s == null || s == f.severity() ? f : f.withSeverity(s);
    }
}
