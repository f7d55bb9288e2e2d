package nl.ijw.gateway.traffic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ijw.gateway.domain.Bsn;

/**
 * Test traffic (the benchmarks use the generate tool of gateway-routes): the sample care story (VOT, allocation, start, change request, answer,
 * claim, claim answer, stop, and every retour) told again for many clients, each with its own
 * BSN, provider, municipality, ToewijzingNummer, references and message identities. Messages come
 * in story order, every client's copy of a step at the step's date, a little apart.
 */
public final class StoryTraffic {

    /** One generated message and the moment it is received. */
    public record Message(Instant receivedAt, String name, byte[] xml) {
    }

    static final String[] STEPS = {"jw315", "jw316", "jw301", "jw302", "jw305", "jw306", "jw317", "jw318", "jw319",
        "jw320", "jw323", "jw325", "jw307", "jw308"};
    private static final String[] GEMEENTEN = {"0599", "0363", "0518", "0344", "0772"};
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern DATE = Pattern.compile("<[a-z0-9]+:(?:Dagtekening|DagtekeningRetour)>(\\d{4}-\\d{2}-\\d{2})<");
    private static final Pattern IDS = Pattern.compile(
            ">((?:AB|G26)[0-9A-Z]{5,8}|DCL\\w+|PR\\w+|VOT-\\d{4}-\\d{4}|VOW-\\d{4}-\\d{4})<");

    private final List<String> templates = new ArrayList<>();
    private final Map<String, Integer> idIndex = new LinkedHashMap<>();
    private final List<LocalDate> stepDates = new ArrayList<>();
    private final int providers;

    public StoryTraffic(int providers) {
        this.providers = providers;
        for (String step : STEPS) {
            String xml = load(step);
            templates.add(xml);
            stepDates.add(answerDate(xml));
            Matcher m = IDS.matcher(xml);
            while (m.find()) {
                idIndex.putIfAbsent(m.group(1), idIndex.size());
            }
        }
    }

    /** The first {@code count} messages of the story told for as many clients as needed, in time order. */
    public List<Message> generate(int count) {
        List<Message> out = new ArrayList<>(count);
        stream(count).forEach(out::add);
        return out;
    }

    /**
     * The same messages, made one at a time so that a large history never sits in memory. Steps
     * have rising dates and clients rising offsets within a step, so this order is time order.
     */
    public java.util.stream.Stream<Message> stream(int count) {
        int clients = (count + STEPS.length - 1) / STEPS.length;
        return java.util.stream.IntStream.range(0, clients * STEPS.length).limit(count).mapToObj(i -> {
            int step = i / clients;
            int c = i % clients;
            Instant start = stepDates.get(step).atTime(8, 0).atZone(AMSTERDAM).toInstant();
            return new Message(start.plusMillis(100L * c), String.format("%s-%06d.xml", STEPS[step], c),
                    forClient(templates.get(step), c).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The story with this client's parties, numbers and identities. */
    String forClient(String template, int c) {
        if (c >= 1_000_000) {
            throw new IllegalArgumentException("at most 1,000,000 clients");
        }
        String xml = template
                .replace(">264819378<", ">" + bsn(c) + "<")
                .replace(">41836207<", ">" + String.format("%08d", 41000000 + c % providers) + "<")
                .replace(">0599<", ">" + GEMEENTEN[c % GEMEENTEN.length] + "<")
                .replace(">48210336<", ">" + (10000000 + c) + "<");
        Matcher m = IDS.matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, ">" + Matcher.quoteReplacement(uniqueId(m.group(1), c)) + "<");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The story value's first letter, the client and which story value it was: unique, 9 characters. */
    private String uniqueId(String original, int c) {
        return String.format("%c%06d%02d", original.charAt(0), c, idIndex.get(original));
    }

    /**
     * A BSN of its own for every client: eight digits from the client number, the ninth chosen
     * so the elfproef holds; when no digit fits, the odd neighbour is used (never another client's).
     */
    static String bsn(int c) {
        for (long first8 = 10_000_000L + 2L * c; ; first8++) {
            String s = Long.toString(first8);
            int check = Bsn.checkRemainder(s);
            if (check < 10) {
                return s + check;
            }
        }
    }

    /** The date a step happens: the latest Dagtekening in it (a retour's own date comes last). */
    private static LocalDate answerDate(String xml) {
        Matcher m = DATE.matcher(xml);
        LocalDate latest = null;
        while (m.find()) {
            LocalDate d = LocalDate.parse(m.group(1));
            latest = latest == null || d.isAfter(latest) ? d : latest;
        }
        return latest;
    }

    private static String load(String step) {
        try (InputStream in = StoryTraffic.class.getClassLoader().getResourceAsStream("traffic/story/" + step + ".xml")) {
            if (in == null) {
                throw new IllegalStateException("story template missing: " + step);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Integer> stepIndex() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < STEPS.length; i++) {
            m.put(STEPS[i], i);
        }
        return m;
    }
}
