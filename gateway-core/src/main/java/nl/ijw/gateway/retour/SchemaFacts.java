package nl.ijw.gateway.retour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.message.Release;

/**
 * What the builders take from one of the project's bundled message schemas rather than hard-code:
 * the schema versions in its appinfo (written as XsdVersieRetour / XsdVersie) and, per named
 * complex type, its child elements in order (which classes carry RetourCodes, and where).
 *
 * @param types   per complex type, its element children in schema order
 * @param classes the element names of the message classes below the header (see {@link #classElements})
 */
record SchemaFacts(MessageType type, String namespace, String basisVersie, String berichtVersie,
                   Map<String, List<Decl>> types, Set<String> classes) {

    static final String RETOUR_CODES = "RetourCodes";

    /** An element declared in a complex type; {@code type} is the local type name, null for inline types. */
    record Decl(String name, String type) {
    }

    /** Whether the build packaged the schema of this message of this release. */
    static boolean bundled(Release release, MessageType type) {
        return SchemaFacts.class.getClassLoader().getResource(resource(release, type)) != null;
    }

    private static String resource(Release release, MessageType type) {
        return "xsd/ijw-" + release.version() + "/" + type.key() + ".xsd";
    }

    /**
     * Reads {@code xsd/ijw-<release>/<type>.xsd} from the classpath, where the build packages the
     * schemas, with a secure reader (see {@link nl.ijw.gateway.xml.SecureXml}).
     */
    static SchemaFacts load(Release release, MessageType type, XMLReader reader) {
        String resource = resource(release, type);
        Reader r = new Reader();
        try (InputStream in = SchemaFacts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Schema missing from the classpath: " + resource);
            }
            reader.setContentHandler(r);
            reader.parse(new InputSource(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
        if (r.versions.get("BasisschemaXsdVersie") == null || r.versions.get("BerichtXsdVersie") == null) {
            throw new IllegalStateException(resource + " has no BasisschemaXsdVersie/BerichtXsdVersie in its appinfo");
        }
        return new SchemaFacts(type, release.namespace(type), r.versions.get("BasisschemaXsdVersie"),
                r.versions.get("BerichtXsdVersie"), copy(r.types), classElements(type, r.types));
    }

    /**
     * The element names of the message classes below the header: elements whose type has a
     * RetourCodes child. Checks the two assumptions the builders rely on, so a schema that breaks
     * them fails loudly at start-up instead of producing invalid retours: RetourCodes is the last
     * child of every class, and a class name never also names a non-class element.
     */
    static Set<String> classElements(MessageType type, Map<String, List<Decl>> types) {
        Set<String> classTypes = new HashSet<>();
        types.forEach((name, decls) -> {
            if (decls.stream().anyMatch(d -> d.name().equals(RETOUR_CODES))) {
                classTypes.add(name);
                if (!name.equals("Header") && !decls.get(decls.size() - 1).name().equals(RETOUR_CODES)) {
                    throw new IllegalStateException(type + ": RetourCodes is not the last child of " + name);
                }
            }
        });
        Set<String> classes = new HashSet<>();
        Set<String> others = new HashSet<>();
        types.values().forEach(decls -> decls.forEach(d -> {
            boolean isClass = d.type() != null && classTypes.contains(d.type()) && !d.name().equals("Header");
            (isClass ? classes : others).add(d.name());
        }));
        others.retainAll(classes);
        if (!others.isEmpty()) {
            throw new IllegalStateException(type + ": element names used for classes and non-classes: " + others);
        }
        return Set.copyOf(classes);
    }

    private static Map<String, List<Decl>> copy(Map<String, List<Decl>> types) {
        Map<String, List<Decl>> m = new LinkedHashMap<>();
        types.forEach((k, v) -> m.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Collects top-level complex types with their element children, and the appinfo versions. */
    private static final class Reader extends DefaultHandler {
        final Map<String, List<Decl>> types = new LinkedHashMap<>();
        final Map<String, String> versions = new LinkedHashMap<>();
        private String currentType;
        private int typeDepth;
        private int depth;
        private String versionElement;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            depth++;
            if (XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(uri)) {
                if (local.equals("complexType") && depth == 2) {
                    currentType = atts.getValue("name");
                    typeDepth = depth;
                    types.put(currentType, new ArrayList<>());
                } else if (local.equals("element") && currentType != null) {
                    String t = atts.getValue("type");
                    types.get(currentType).add(new Decl(atts.getValue("name"), t == null ? null : t.substring(t.indexOf(':') + 1)));
                }
            } else if (local.equals("BasisschemaXsdVersie") || local.equals("BerichtXsdVersie")) {
                versionElement = local;
                text.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (versionElement != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (versionElement != null && local.equals(versionElement)) {
                versions.putIfAbsent(versionElement, text.toString().trim());
                versionElement = null;
            }
            if (currentType != null && depth == typeDepth && local.equals("complexType")) {
                currentType = null;
            }
            depth--;
        }
    }
}
