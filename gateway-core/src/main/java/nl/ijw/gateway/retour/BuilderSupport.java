package nl.ijw.gateway.retour;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.parsers.SAXParserFactory;

import nl.ijw.gateway.message.MessageKind;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.message.Release;
import nl.ijw.gateway.validation.Layer;
import nl.ijw.gateway.validation.LayerStatus;
import nl.ijw.gateway.validation.SchemaSet;
import nl.ijw.gateway.validation.ValidationReport;
import nl.ijw.gateway.xml.SecureXml;

/** What both builders share: the secure parser, the schema facts per message, the outgoing check. Thread-safe. */
final class BuilderSupport {

    private final SAXParserFactory parsers = SecureXml.saxParserFactory();
    private final Map<MessageKind, SchemaFacts> facts = new ConcurrentHashMap<>();
    private final SchemaCheck check;
    private final nl.ijw.gateway.xml.Pool<org.xml.sax.XMLReader> readers = new nl.ijw.gateway.xml.Pool<>(this::newReader);

    BuilderSupport(SchemaSet schemas) {
        this.check = new SchemaCheck(schemas.schema(), parsers);
    }

    /** @throws RetourNotPossible for a release whose schemas the gateway does not bundle (no answer can be written) */
    SchemaFacts facts(Release release, MessageType type) throws RetourNotPossible {
        MessageKind kind = new MessageKind(release, type);
        SchemaFacts known = facts.get(kind);
        if (known != null) {
            return known;
        }
        if (!SchemaFacts.bundled(release, type)) {
            throw new RetourNotPossible("no " + type + " schema of " + release + " is bundled, so no " + type
                    + " can be written");
        }
        return facts.computeIfAbsent(kind, k -> SchemaFacts.load(release, type, newReader()));
    }

    Tree parse(byte[] xml) {
        org.xml.sax.XMLReader reader = readers.borrow();
        try {
            return Tree.parse(xml, reader);
        } finally {
            readers.release(reader);
        }
    }

    /** Whether the answered message passed schema validation (later layers, the rules, do not matter here). */
    static boolean schemaValid(ValidationReport report) {
        return report.layer(Layer.SCHEMA).status() == LayerStatus.PASSED;
    }

    /**
     * The kind of the answered message. Input refused before parsing (size, encoding, DOCTYPE) is
     * never read here, so it cannot be answered; nor can a message of no known type.
     */
    static MessageKind kindToAnswer(ValidationReport report) throws RetourNotPossible {
        if (report.layer(Layer.INPUT).status() == LayerStatus.FAILED) {
            String rule = report.layer(Layer.INPUT).findings().stream().findFirst().map(f -> f.ruleId()).orElse("INPUT");
            throw new RetourNotPossible("heen-message refused before parsing (" + rule + "); header unreadable");
        }
        return report.messageKind().orElseThrow(() -> new RetourNotPossible(
                "message type unknown: the root element does not name a supported iJw message"));
    }

    /**
     * Whether an answer's own identification needs no schema check: plain letters and digits,
     * at most 12, fit every identification type of the answers.
     */
    static boolean plainIdentificatie(String identificatie) {
        return PLAIN_ID.matcher(identificatie).matches();
    }

    private static final java.util.regex.Pattern PLAIN_ID = java.util.regex.Pattern.compile("[A-Za-z0-9]{1,12}");

    static void checkSameInput(byte[] message, ValidationReport report) {
        if (report.size() != message.length) {
            throw new IllegalArgumentException("report is about " + report.size() + " bytes, message has " + message.length);
        }
    }

    /**
     * Returns the message if it is schema-valid. An invalid answer built from a valid message
     * means the caller's content was wrong (a code the schema does not list, say).
     */
    byte[] checked(byte[] xml, MessageType type) {
        check.problem(xml).ifPresent(p -> {
            throw new IllegalArgumentException(type + " would not be schema-valid: " + p);
        });
        return xml;
    }

    /** Returns the message if it is schema-valid; otherwise the salvaged header was not good enough. */
    byte[] checkedSalvage(byte[] xml, MessageType type) throws RetourNotPossible {
        var problem = check.problem(xml);
        if (problem.isPresent()) {
            throw new RetourNotPossible("heen-message header does not make a schema-valid " + type + ": " + problem.get());
        }
        return xml;
    }

    private org.xml.sax.XMLReader newReader() {
        synchronized (parsers) {
            return SecureXml.newReader(parsers);
        }
    }
}
