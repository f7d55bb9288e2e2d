package nl.ijw.gateway.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;

import org.xml.sax.SAXException;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.message.Release;
import nl.ijw.gateway.xml.SecureXml;

/**
 * The compiled XML Schemas of one or more iJw releases, as one thread-safe {@link Schema}. The
 * message namespace of a document selects its declarations, so releases sit side by side.
 * Compile once and share: compiling takes far longer than validating a message.
 *
 * @param schema  the compiled schemas
 * @param version a stamp naming where the schemas came from and a digest of their bytes, written
 *                on every report so a verdict can be traced to the exact schema files
 */
public record SchemaSet(Schema schema, String version) {

    private static final String CLASSPATH_ROOT = "xsd/";

    /** The project's own schemas for the given releases, as packaged in the jar. */
    public static SchemaSet bundled(List<Release> releases) {
        List<URL> urls = new ArrayList<>();
        for (Release r : releases) {
            String dir = CLASSPATH_ROOT + "ijw-" + r.version() + "/";
            urls.add(resource(dir + "basisschema.xsd"));
            for (MessageType t : MessageType.values()) {
                urls.add(resource(dir + t.key() + ".xsd"));
            }
        }
        List<Source> sources = urls.stream().map(u -> (Source) new StreamSource(u.toExternalForm())).toList();
        return compile(sources, "bundled " + releases.stream().map(Release::toString).toList(), digest(urls));
    }

    public static SchemaSet bundled() {
        return bundled(List.of(Release.IJW_3_2));
    }

    /** Every {@code *.xsd} below a folder, e.g. an official release's schema files. */
    public static SchemaSet fromDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("Schema folder not found: " + dir);
        }
        List<Path> files = xsdFiles(dir);
        if (files.isEmpty()) {
            throw new IOException("No .xsd files in " + dir);
        }
        List<URL> urls = new ArrayList<>();
        for (Path p : files) {
            urls.add(p.toUri().toURL());
        }
        List<Source> sources = files.stream().map(p -> (Source) new StreamSource(p.toUri().toString())).toList();
        return compile(sources, "dir " + dir.toAbsolutePath().normalize(), digest(urls));
    }

    /** The {@code *.xsd} files below a folder, in path order. */
    public static List<Path> xsdFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".xsd")).sorted().toList();
        }
    }

    private static SchemaSet compile(List<Source> sources, String origin, String digest) {
        try {
            Schema schema = SecureXml.schemaFactory().newSchema(sources.toArray(Source[]::new));
            return new SchemaSet(schema, origin + " sha256:" + digest);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot compile schemas (" + origin + "): " + e.getMessage(), e);
        }
    }

    private static URL resource(String name) {
        URL url = SchemaSet.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("Schema missing from the classpath: " + name);
        }
        return url;
    }

    private static String digest(List<URL> urls) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (URL u : urls) {
                try (InputStream in = u.openStream()) {
                    md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
