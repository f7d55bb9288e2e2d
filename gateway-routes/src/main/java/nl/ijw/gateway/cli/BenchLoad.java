package nl.ijw.gateway.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ijw.gateway.generate.HistoryGenerator;
import nl.ijw.gateway.replay.Manifest;

/**
 * The benchmarks' traffic: a history written by the {@code generate} tool, a year of care for as
 * many clients as the message count needs, read back in receipt order. It is kept in a folder
 * named after its settings and written again only when that folder is not complete, so repeated
 * runs (and the benchmarks among themselves) use the same bytes and do not pay for generating.
 */
final class BenchLoad {

    /** A generated client's year holds about 12 messages; counting 11 makes enough clients for --messages. */
    private static final int MESSAGES_A_CLIENT = 11;
    private static final long SEED = 1;
    private static final int MUNICIPALITIES = 3;
    private static final Pattern PARTY = Pattern.compile("<\\w+:(?:Afzender|Ontvanger)>([0-9]+)<");

    /** One message of the load. */
    record Message(Instant receivedAt, String name, Path file) {
        byte[] xml() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Path history;
    private final List<Manifest.Entry> entries;

    private BenchLoad(Path history, List<Manifest.Entry> entries) {
        this.history = history;
        this.entries = entries;
    }

    /**
     * The first {@code messages} messages (in receipt order) of the history for {@code providers}
     * providers under {@code root}, generated first when it is not there.
     */
    static BenchLoad of(Path root, int messages, int providers) throws IOException {
        return of(root, messages, providers, clientsFor(messages));
    }

    /** As many clients as give about {@code messages} messages in a year. */
    static int clientsFor(int messages) {
        return Math.max(1, (messages + MESSAGES_A_CLIENT - 1) / MESSAGES_A_CLIENT);
    }

    /** The first {@code messages} messages of the history of {@code clients} clients. */
    static BenchLoad of(Path root, int messages, int providers, int clients) throws IOException {
        Path history = root.resolve(String.format(Locale.ROOT, "%dclients-%dproviders-seed%d", clients, providers, SEED));
        Path done = history.resolve("complete");
        if (!Files.isRegularFile(done)) {
            ProcessBench.wipe(history);
            Files.delete(history); // generate wants a new or empty folder
            new HistoryGenerator(new HistoryGenerator.Settings(clients, providers, MUNICIPALITIES, 12, SEED, 0.05, 0.02,
                    LocalDate.of(2026, 1, 1))).write(history);
            Files.writeString(done, "written by bench for " + clients + " clients\n");
        }
        List<Manifest.Entry> all = Manifest.read(history).entries();
        return new BenchLoad(history, all.subList(0, Math.min(messages, all.size())));
    }

    Path history() {
        return history;
    }

    int size() {
        return entries.size();
    }

    Message get(int i) {
        Manifest.Entry e = entries.get(i);
        return new Message(e.receivedAt(), e.file(), e.path());
    }

    /** The messages from {@code from} (inclusive) to {@code to} (exclusive), read as they are iterated. */
    Iterable<Message> range(int from, int to) {
        return () -> new java.util.Iterator<>() {
            private int i = from;

            @Override
            public boolean hasNext() {
                return i < Math.min(to, entries.size());
            }

            @Override
            public Message next() {
                return get(i++);
            }
        };
    }

    Iterable<Message> all() {
        return range(0, entries.size());
    }

    /** Every sender and receiver code in the load (the parties whose output queues a benchmark listens on). */
    Set<String> parties() {
        Set<String> out = new TreeSet<>();
        for (Message m : all()) {
            Matcher p = PARTY.matcher(new String(m.xml(), StandardCharsets.UTF_8));
            while (p.find()) {
                out.add(p.group(1));
            }
        }
        return out;
    }
}
