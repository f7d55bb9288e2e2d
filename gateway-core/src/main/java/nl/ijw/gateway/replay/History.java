package nl.ijw.gateway.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipException;

import nl.ijw.gateway.files.XmlFiles;
import nl.ijw.gateway.text.Counts;

/**
 * Where a history comes from, the one entry point of every command that takes one: a folder with
 * a {@code manifest.csv}; a {@code .zip} holding such a folder (manifest at its root or in one top
 * folder), read in place without unpacking; or a plain folder of XML files without a manifest,
 * whose receipt times are derived from each message's own date. Open while the messages are read:
 * a zip's entries are paths in its file system, which {@link #close()} closes.
 */
public final class History implements AutoCloseable {

    public static final String MANIFEST = "manifest.csv";
    /** A derived receipt: the message's date at noon in Amsterdam. */
    static final LocalTime NOON = LocalTime.NOON;
    /** A retour's own date is DagtekeningRetour; any other message's is its header's Dagtekening. */
    private static final Pattern DAGTEKENING = Pattern.compile(
            "<(?:[A-Za-z_][\\w.-]*:)?(DagtekeningRetour|Dagtekening)>\\s*(\\d{4}-\\d{2}-\\d{2})\\s*</");
    /** The header is at the start; its date lies within this many bytes in every iJw message. */
    private static final int HEAD_BYTES = 8192;

    private final Path source;
    private final Manifest manifest;
    private final FileSystem zip;

    private History(Path source, Manifest manifest, FileSystem zip) {
        this.source = source;
        this.manifest = manifest;
        this.zip = zip;
    }

    /**
     * @param warn told once when receipt times were derived (a folder without manifest)
     * @throws Manifest.ManifestException with the reason in words when {@code source} is no history,
     *         or one without a single message (nothing to replay or report)
     */
    public static History open(Path source, Manifest.Order order, Consumer<String> warn) throws IOException {
        return open(source, order, warn, XmlFiles.ON_DISK);
    }

    /** As {@link #open(Path, Manifest.Order, Consumer)}; a test puts in a walk that fails (tests run as root). */
    static History open(Path source, Manifest.Order order, Consumer<String> warn, XmlFiles xml) throws IOException {
        History h = read(source, order, warn, xml);
        if (h.manifest.isEmpty()) {
            h.close();
            throw Manifest.ManifestException.noMessages(source.toString());
        }
        return h;
    }

    private static History read(Path source, Manifest.Order order, Consumer<String> warn, XmlFiles xml)
            throws IOException {
        if (Files.isDirectory(source)) {
            if (Files.isRegularFile(source.resolve(MANIFEST))) {
                return new History(source, Manifest.read(source, order), null);
            }
            return new History(source, derived(source, warn, xml), null);
        }
        if (!Files.exists(source)) {
            throw new Manifest.ManifestException(source + ": not found (a history is a folder with a manifest.csv,"
                    + " a .zip holding one, or a folder of XML messages)");
        }
        if (!source.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new Manifest.ManifestException(source + ": a file, not a history (a history is a folder with a"
                    + " manifest.csv, a .zip holding one, or a folder of XML messages)");
        }
        FileSystem fs = openZip(source);
        try {
            return new History(source, Manifest.read(manifestDir(source, fs), order), fs);
        } catch (Manifest.ManifestException e) {
            fs.close();
            throw e.getMessage().startsWith(source.toString()) ? e
                    : new Manifest.ManifestException(source + "!" + e.getMessage());
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    /** The history as the commands named it: its folder or zip file. */
    public Path source() {
        return source;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** True when the history is a zip (nothing of it lies on disk as a folder an output could overlap). */
    public boolean isZip() {
        return zip != null;
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    private static FileSystem openZip(Path file) {
        try {
            return FileSystems.newFileSystem(file);
        } catch (ZipException | ProviderNotFoundException e) {
            // The library's text ("zip END header not found") tells a user nothing; what to do does.
            throw new Manifest.ManifestException(file + " is not a readable zip file (damaged or not a zip); zip the"
                    + " history folder again (manifest.csv at its root or in one top folder), or give the folder itself");
        } catch (IOException e) {
            throw new Manifest.ManifestException(file + ": cannot be read (" + reason(e) + ")");
        }
    }

    /** manifest.csv at the zip's root, or in its only top folder. */
    private static Path manifestDir(Path file, FileSystem fs) throws IOException {
        Path root = fs.getRootDirectories().iterator().next();
        if (Files.isRegularFile(root.resolve(MANIFEST))) {
            return root;
        }
        List<Path> tops;
        try (Stream<Path> s = Files.list(root)) {
            tops = s.filter(Files::isDirectory).sorted().toList();
        }
        if (tops.size() == 1 && Files.isRegularFile(tops.get(0).resolve(MANIFEST))) {
            return tops.get(0);
        }
        if (tops.size() > 1) {
            throw new Manifest.ManifestException(file + ": holds " + tops.size() + " top folders ("
                    + String.join(", ", tops.stream().map(History::name).toList())
                    + ") and no manifest.csv at its root; a history zip has manifest.csv at its root or in one top folder");
        }
        throw new Manifest.ManifestException(file + ": holds no manifest.csv (looked at its root"
                + (tops.isEmpty() ? "" : " and in " + name(tops.get(0))) + "); a history zip has manifest.csv at its"
                + " root or in one top folder");
    }

    private static String name(Path p) {
        String s = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * A folder of XML files without manifest: each received at its own date (DagtekeningRetour
     * of a retour, else Dagtekening) at noon in Amsterdam, ordered by that time, then by name.
     */
    private static Manifest derived(Path dir, Consumer<String> warn, XmlFiles xml) throws IOException {
        XmlFiles.Found found = xml.in(dir);
        if (!found.unreadable().isEmpty()) {
            // Messages left out would change every verdict after them: refused, not replayed without them.
            XmlFiles.Unreadable u = found.unreadable().get(0);
            throw new Manifest.ManifestException(u.path() + ": cannot be read (" + reason(u.cause()) + "), so the"
                    + " history in " + dir + " would be incomplete; check its permissions, or move it out of the folder");
        }
        List<Path> files = found.files();
        if (files.isEmpty()) {
            throw new Manifest.ManifestException(dir.resolve(MANIFEST) + ": not found, and the folder holds no .xml file"
                    + " either, so it is no history (a history is a folder with a manifest.csv, a .zip holding one,"
                    + " or a folder of XML messages)");
        }
        List<Manifest.Entry> entries = new ArrayList<>();
        for (Path p : files) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            entries.add(new Manifest.Entry(0, receipt(p, rel), rel, p));
        }
        entries.sort(Comparator.comparing(Manifest.Entry::receivedAt).thenComparing(Manifest.Entry::file));
        warn.accept("warning: " + dir + " has no manifest.csv; receipt times of its "
                + Counts.of(entries.size(), "message") + " were derived from each message's Dagtekening (DagtekeningRetour for a retour) at 12:00"
                + " Europe/Amsterdam, in that order, then by file name");
        return new Manifest(dir, entries);
    }

    private static Instant receipt(Path p, String rel) {
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new Manifest.ManifestException(rel + ": cannot be read (" + reason(e) + ")");
        }
        Matcher m = DAGTEKENING.matcher(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
        LocalDate date = null;
        while (m.find()) {
            boolean retour = m.group(1).equals("DagtekeningRetour");
            if (retour || date == null) {
                try {
                    date = LocalDate.parse(m.group(2));
                } catch (java.time.format.DateTimeParseException e) {
                    continue;
                }
            }
            if (retour) {
                break;
            }
        }
        if (date == null) {
            throw new Manifest.ManifestException(rel + ": no Dagtekening found in its header, so its receipt time cannot"
                    + " be derived; add a manifest.csv (receivedAt,file) to the folder");
        }
        return date.atTime(NOON).atZone(Manifest.AMSTERDAM).toInstant();
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "not found" : m == null ? "read error" : m;
    }
}
