package nl.ijw.gateway.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ijw.gateway.serve.ServedParties;

/**
 * The settings of {@code ijw-gateway run}: defaults in the jar, then the {@code --config} file, then
 * the environment ({@code IJW_BROKER_PORT} for {@code broker.port}), then {@code -D key=value}.
 * Unknown keys are refused, so a typo never silently keeps a default; the broker's user and
 * password come from the environment only, so they never sit in a file or a process listing.
 */
public record GatewayConfig(Map<String, String> values) {

    static final String DEFAULTS = "/ijw-gateway-defaults.properties";
    /** Keys that may only come from the environment. */
    static final Set<String> SECRETS = Set.of("broker.user", "broker.password", "http.tls.password");

    public GatewayConfig {
        values = Map.copyOf(values);
    }

    public static GatewayConfig load(Path file, Map<String, String> overrides, Map<String, String> env) {
        Map<String, String> v = defaults();
        Set<String> known = new TreeSet<>(v.keySet());
        known.addAll(SECRETS);
        if (file != null) {
            apply(v, known, read(file), "in " + file);
        }
        for (String key : known) {
            String e = env.get(envName(key));
            if (e != null) {
                v.put(key, e.trim());
            }
        }
        apply(v, known, overrides, "in -D");
        GatewayConfig c = new GatewayConfig(v);
        c.check();
        return c;
    }

    /** {@code broker.port} -> {@code IJW_BROKER_PORT}. */
    public static String envName(String key) {
        return "IJW_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static void apply(Map<String, String> into, Set<String> known, Map<String, String> from, String where) {
        for (Map.Entry<String, String> e : new TreeMap<>(from).entrySet()) {
            String key = e.getKey().trim();
            if (SECRETS.contains(key)) {
                throw new IllegalArgumentException(key + " " + where + ": secrets are read from the environment only;"
                        + " set " + envName(key));
            }
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "' " + where + "; known: "
                        + String.join(", ", known));
            }
            into.put(key, e.getValue().trim());
        }
    }

    private static Map<String, String> defaults() {
        try (InputStream in = GatewayConfig.class.getResourceAsStream(DEFAULTS)) {
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return toMap(p);
        } catch (IOException e) {
            throw new IllegalStateException("the jar's default settings cannot be read", e);
        }
    }

    private static Map<String, String> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return toMap(p);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the settings file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private void check() {
        port("broker.port");
        port("http.port");
        positive("queue.consumers");
        positive("queue.batch");
        positive("broker.max.delivery.attempts");
        maxDiskUsage();
        number("broker.redelivery.delay.ms");
        number("broker.redelivery.max.delay.ms");
        number("folder.stable.ms");
        positive("outbox.relay.interval.ms");
        watchInterval();
        served();
        folderOutboxParties();
        bool("folder.enabled");
        bool("web.enabled");
        bool("rules.allocations.complete");
        webSessionTimeout();
        checkBrokerUrl();
        if (httpHost() == null) {
            throw new IllegalArgumentException("http.host must name an interface (localhost, 0.0.0.0 or an address)");
        }
        if (tlsKeystore() != null && !Files.isReadable(tlsKeystore())) {
            throw new IllegalArgumentException("http.tls.keystore " + tlsKeystore() + " is not a readable file");
        }
        if (externalBroker() == null && !isLocal(brokerHost()) && (brokerUser() == null || brokerPassword() == null)) {
            throw new IllegalArgumentException("broker.host " + brokerHost() + " is not localhost: the embedded broker"
                    + " then needs a user and password; set " + envName("broker.user") + " and " + envName("broker.password"));
        }
    }

    /** An Artemis URL: scheme, then host and port, or a list in parentheses for a pair of brokers. */
    private void checkBrokerUrl() {
        String url = externalBroker();
        if (url != null && !url.strip().matches("\\(?(tcp|vm|udp|jgroups)://\\S+")) {
            throw new IllegalArgumentException("broker.url must be an Artemis URL such as tcp://host:61616 (or"
                    + " (tcp://a:61616,tcp://b:61616) for a pair), not '" + url + "'");
        }
    }

    static boolean isLocal(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }

    public String get(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? null : v;
    }

    private int port(String key) {
        int p = integer(key);
        if (p < 0 || p > 65535) {
            throw new IllegalArgumentException(key + " must be a port number (0-65535), not " + values.get(key));
        }
        return p;
    }

    private int positive(String key) {
        int n = integer(key);
        if (n < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, not " + values.get(key));
        }
        return n;
    }

    private long number(String key) {
        long n = integer(key);
        if (n < 0) {
            throw new IllegalArgumentException(key + " must not be negative, not " + values.get(key));
        }
        return n;
    }

    private int integer(String key) {
        try {
            return Integer.parseInt(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + values.get(key) + "'");
        }
    }

    private boolean bool(String key) {
        String v = values.get(key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, not '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    /** {@code 15m}, {@code 30s}, {@code 1h}, {@code 500ms}, or ISO-8601 ({@code PT15M}). */
    static Duration duration(String key, String v) {
        Matcher m = DURATION.matcher(v.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(v.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be a duration such as 15m, 30s, 1h or PT15M, not '" + v + "'");
        }
    }

    public int brokerPort() {
        return port("broker.port");
    }

    public String brokerHost() {
        return values.get("broker.host");
    }

    /** The external broker's URL, or null for the embedded broker. */
    public String externalBroker() {
        return get("broker.url");
    }

    public String brokerUser() {
        return get("broker.user");
    }

    public String brokerPassword() {
        return get("broker.password");
    }

    /** The URL clients use: the external broker's, or the embedded acceptor's. */
    public String brokerUrl() {
        return externalBroker() != null ? externalBroker() : "tcp://" + brokerHost() + ":" + brokerPort();
    }

    /**
     * The URL of the gateway's own connections: the external broker's, or the embedded broker's
     * in-VM acceptor (its server id is the TCP port, so two gateways in one JVM stay apart).
     */
    public String ownBrokerUrl() {
        return externalBroker() != null ? externalBroker() : inVmUrl(brokerPort());
    }

    static String inVmUrl(int port) {
        return "vm://" + port;
    }

    public long redeliveryDelayMs() {
        return number("broker.redelivery.delay.ms");
    }

    public long redeliveryMaxDelayMs() {
        return number("broker.redelivery.max.delay.ms");
    }

    /** Percent of its disk above which the embedded broker holds every sender (Artemis' max-disk-usage). */
    public int maxDiskUsage() {
        int v = integer("broker.max.disk.usage");
        if (v < 1 || v > 100) {
            throw new IllegalArgumentException("broker.max.disk.usage must be a percentage from 1 to 100, not " + v);
        }
        return v;
    }

    public int maxDeliveryAttempts() {
        return positive("broker.max.delivery.attempts");
    }

    public int httpPort() {
        return port("http.port");
    }

    public String httpHost() {
        return get("http.host");
    }

    /** The keystore that turns on HTTPS, or null for plain HTTP. */
    public Path tlsKeystore() {
        String k = get("http.tls.keystore");
        return k == null ? null : Path.of(k);
    }

    public String tlsPassword() {
        return get("http.tls.password");
    }

    public boolean webEnabled() {
        return bool("web.enabled");
    }

    /** The monitor's users file: {@code web.users}, or {@code DATA/web-users.txt}. */
    public Path webUsers(Path dataDir) {
        String u = get("web.users");
        return u == null ? dataDir.resolve("web-users.txt") : Path.of(u);
    }

    public Duration webSessionTimeout() {
        Duration d = duration("web.session.timeout", values.get("web.session.timeout"));
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("web.session.timeout must be positive");
        }
        return d;
    }

    public ServedParties served() {
        return ServedParties.parse(values.get("gateway.serves"));
    }

    public int queueConsumers() {
        return positive("queue.consumers");
    }

    /** Messages taken from ijw.in in one transaction; 1: the Camel route, one message each. */
    public int queueBatch() {
        return positive("queue.batch");
    }

    public Duration watchInterval() {
        Duration d = duration("watch.interval", values.get("watch.interval"));
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("watch.interval must be positive");
        }
        if (d.compareTo(WatchSchedule.LONGEST) > 0) {
            throw new IllegalArgumentException("watch.interval must be at most a day (24h), not '"
                    + values.get("watch.interval") + "': deadlines are dates, so the watch runs at least daily");
        }
        return d;
    }

    /** Whether the store holds every allocation, so an unknown one is a breach (TR019, TR338). */
    public boolean allocationsComplete() {
        return bool("rules.allocations.complete");
    }

    public boolean folderEnabled() {
        return bool("folder.enabled");
    }

    public Set<String> folderOutboxParties() {
        Set<String> s = new TreeSet<>();
        String v = values.get("folder.outbox.parties");
        for (String p : v == null ? new String[0] : v.split(",")) {
            if (!p.isBlank()) {
                if (!p.trim().matches("\\d{4}|\\d{8}")) {
                    throw new IllegalArgumentException("folder.outbox.parties: '" + p.trim() + "' is not a party code"
                            + " (a 4-digit municipality code or an 8-digit AGB code, comma-separated)");
                }
                s.add(p.trim());
            }
        }
        return s;
    }

    public long folderStableMs() {
        return number("folder.stable.ms");
    }

    public long relayIntervalMs() {
        return positive("outbox.relay.interval.ms");
    }

    /** For Camel's {{placeholders}}: every key except the secrets. */
    public Properties placeholders() {
        Properties p = new Properties();
        values.forEach((k, v) -> {
            if (!SECRETS.contains(k)) {
                p.setProperty(k, v);
            }
        });
        p.setProperty("watch.tick.ms", Long.toString(Math.max(1, ScheduledWatch.tickPeriod(watchInterval()).toMillis())));
        return p;
    }
}
