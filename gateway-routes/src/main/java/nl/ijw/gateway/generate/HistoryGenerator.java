package nl.ijw.gateway.generate;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.ijw.gateway.files.NewOutput;
import nl.ijw.gateway.sap.SapConfig;
import nl.ijw.gateway.sap.WorkingDayCalendar;
import nl.ijw.gateway.text.Times;

/**
 * Writes a generated history folder: the message files (one folder per thousand clients) and a
 * {@code manifest.csv} in receipt order. Clients are told one after another, so memory does not
 * grow with the history: each message is written at once, and its manifest line goes to the part
 * file of its receipt week; the parts are sorted one at a time (by receipt time, then file name)
 * and joined at the end. The same settings give the same bytes.
 */
public final class HistoryGenerator {

    /** What to generate. Rates are shares in [0, 1]. */
    public record Settings(int clients, int providers, int municipalities, int months, long seed, double lateRate,
                           double missingRate, LocalDate start) {

        public Settings {
            positive("--clients", clients);
            positive("--providers", providers);
            positive("--municipalities", municipalities);
            positive("--months", months);
            if (clients > Client.MAX_CLIENTS) {
                throw new IllegalArgumentException("--clients " + clients + ": at most " + Client.MAX_CLIENTS
                        + " (the range generated BSNs are taken from holds no more)");
            }
            if (providers > 99_999) {
                throw new IllegalArgumentException("--providers " + providers + ": at most 99999");
            }
            if (months > 120) {
                throw new IllegalArgumentException("--months " + months + ": at most 120");
            }
            rate("--late-rate", lateRate);
            rate("--missing-rate", missingRate);
        }

        private static void positive(String option, int n) {
            if (n < 1) {
                throw new IllegalArgumentException(option + " " + n + ": must be at least 1");
            }
        }

        private static void rate(String option, double r) {
            if (!(r >= 0 && r <= 1)) {
                throw new IllegalArgumentException(option + " " + r + ": must be a share between 0 and 1 (0.05 is 5%)");
            }
        }
    }

    /**
     * What was written.
     *
     * @param clients     the clients generated
     * @param withMessages how many of them have a message in the period: a client whose story starts
     *                     near its end may have none in it yet
     */
    public record Result(int clients, int withMessages, long messages, Instant first, Instant last) {
    }

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String PARTS = ".manifest-parts";

    private final Settings s;
    private final List<String[]> gemeenten;

    public HistoryGenerator(Settings settings) {
        this.s = settings;
        this.gemeenten = gemeenten(settings.municipalities());
    }

    /** Writes the history into {@code out}, which must be new or empty. */
    public Result write(Path out) throws IOException {
        return write(out, 0);
    }

    /**
     * Writes only the clients from index {@code firstClient} up to {@code clients} (exclusive): their
     * stories are those the whole history would tell them, so histories of disjoint ranges never share
     * a BSN or ToewijzingNummer (the demo's live traffic continues its seeded history this way).
     */
    public Result write(Path out, int firstClient) throws IOException {
        if (firstClient < 0 || firstClient >= s.clients()) {
            throw new IllegalArgumentException("first client " + firstClient + ": must be in [0, " + s.clients() + ")");
        }
        refuseNonEmpty(out);
        NewOutput output = NewOutput.before(out);
        try {
            return generate(out, firstClient);
        } catch (IOException | RuntimeException | Error e) {
            output.discard(e, java.util.Set.of()); // a half-made folder would refuse the same command again
            throw e;
        }
    }

    private static void refuseNonEmpty(Path out) throws IOException {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new IllegalArgumentException("--out " + out + " is a file; give a new or empty folder");
            }
            try (Stream<Path> l = Files.list(out)) {
                if (l.findAny().isPresent()) {
                    throw new IllegalArgumentException("--out " + out + " is not empty; give a new or empty folder"
                            + " (generate never overwrites)");
                }
            }
        }
    }

    private Result generate(Path out, int firstClient) throws IOException {
        Path parts = Files.createDirectories(out.resolve(PARTS));
        LocalDate end = s.start().plusMonths(s.months());
        Story story = new Story(WorkingDayCalendar.standard(), SapConfig.defaults(), s.lateRate(), s.missingRate(),
                s.start(), end);
        TreeMap<Long, BufferedWriter> weeks = new TreeMap<>();
        long[] count = {0};
        int withMessages = 0;
        try {
            for (int ci = firstClient; ci < s.clients(); ci++) {
                int i = ci;
                SplittableRandom rnd = new SplittableRandom(s.seed() * 0x9E3779B97F4A7C15L + i);
                Client c = client(i, rnd);
                int[] n = {0};
                String dir = String.format(Locale.ROOT, "messages/%04d/", i / 1000);
                Files.createDirectories(out.resolve(dir));
                story.tell(c, rnd, (date, type, xml) -> {
                    if (date.isBefore(end)) {
                        Instant at = date.atTime(8, 0).atZone(AMSTERDAM).toInstant().plusSeconds(rnd.nextInt(9 * 3600));
                        String file = dir + String.format(Locale.ROOT, "%06d-%03d-%s.xml", i, ++n[0], typeOf(xml));
                        write(out.resolve(file), xml);
                        line(weeks, parts, date, at, file);
                        count[0]++;
                    }
                });
                withMessages += n[0] > 0 ? 1 : 0;
            }
        } finally {
            for (BufferedWriter w : weeks.values()) {
                w.close();
            }
        }
        Result r = join(out, parts, weeks.keySet(), count[0]);
        return new Result(s.clients() - firstClient, withMessages, r.messages(), r.first(), r.last());
    }

    private Client client(int i, SplittableRandom rnd) {
        int p = rnd.nextInt(s.providers());
        String[] g = gemeenten.get(rnd.nextInt(gemeenten.size()));
        boolean taakgericht = s.providers() >= 2 && p % 4 == 3;
        return Client.make(i, rnd, g[0], g[1], String.format(Locale.ROOT, "%08d", 41_000_000 + p), taakgericht);
    }

    private void line(TreeMap<Long, BufferedWriter> weeks, Path parts, LocalDate date, Instant at, String file) {
        long week = Math.floorDiv(ChronoUnit.DAYS.between(s.start(), date), 7);
        try {
            BufferedWriter w = weeks.get(week);
            if (w == null) {
                w = Files.newBufferedWriter(parts.resolve(week + ".csv"), StandardCharsets.UTF_8);
                weeks.put(week, w);
            }
            w.write(at.getEpochSecond() + "," + Times.received(at) + "," + file + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The week parts in order, each sorted by receipt time then file name, as one manifest. */
    private static Result join(Path out, Path parts, Iterable<Long> weeks, long count) throws IOException {
        Instant first = null;
        Instant last = null;
        try (BufferedWriter m = Files.newBufferedWriter(out.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
            m.write("receivedAt,file\n");
            for (long week : weeks) {
                Path part = parts.resolve(week + ".csv");
                List<String> lines = new ArrayList<>(Files.readAllLines(part, StandardCharsets.UTF_8));
                lines.sort((a, b) -> {
                    int c = Long.compare(Long.parseLong(a.substring(0, a.indexOf(','))),
                            Long.parseLong(b.substring(0, b.indexOf(','))));
                    return c != 0 ? c : a.substring(a.lastIndexOf(',')).compareTo(b.substring(b.lastIndexOf(',')));
                });
                for (String l : lines) {
                    m.write(l, l.indexOf(',') + 1, l.length() - l.indexOf(',') - 1);
                    m.write('\n');
                }
                if (!lines.isEmpty()) {
                    first = first == null ? epoch(lines.get(0)) : first;
                    last = epoch(lines.get(lines.size() - 1));
                }
                Files.delete(part);
            }
        }
        Files.delete(parts);
        return new Result(0, 0, count, first, last);
    }

    private static Instant epoch(String line) {
        return Instant.ofEpochSecond(Long.parseLong(line.substring(0, line.indexOf(','))));
    }

    private static void write(Path file, byte[] xml) {
        try {
            Files.write(file, xml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** jw301 ... jw325: from the root element's prefix, which {@link Xml} makes the message type. */
    private static String typeOf(byte[] xml) {
        return new String(xml, 40, 5, StandardCharsets.US_ASCII); // after the 39 bytes of declaration and newline, '<'
    }

    /** The first {@code n} municipalities of the CBS list shipped with the gateway (code, name). */
    static List<String[]> gemeenten(int n) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = HistoryGenerator.class.getClassLoader().getResourceAsStream("reference/cbs-gemeenten.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null && out.size() < n; l = r.readLine()) {
                if (l.isBlank() || l.startsWith("#") || l.startsWith("code,")) {
                    continue;
                }
                int comma = l.indexOf(',');
                String name = l.substring(comma + 1).replace("\"", "");
                out.add(new String[] {l.substring(0, comma), name.length() > 80 ? name.substring(0, 80) : name});
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (out.size() < n) {
            throw new IllegalArgumentException("--municipalities " + n + ": the CBS list has only " + out.size()
                    + " municipalities; give at most " + out.size());
        }
        return out;
    }
}
