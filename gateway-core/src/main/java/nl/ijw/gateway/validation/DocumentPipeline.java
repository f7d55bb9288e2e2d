package nl.ijw.gateway.validation;

import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.ValidationEvent;

import javax.xml.validation.ValidatorHandler;

import org.glassfish.jaxb.runtime.v2.runtime.unmarshaller.SAXConnector;
import org.glassfish.jaxb.runtime.v2.runtime.unmarshaller.UnmarshallerImpl;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import nl.ijw.gateway.message.MessageKind;
import nl.ijw.gateway.message.MessageRegistry;
import nl.ijw.gateway.privacy.Masking;

/**
 * One pass over a document: the parser's events go through here to the schema validator and on
 * to the JAXB binder, so a message is parsed once for checking and binding. On the way it keeps
 * the element path (for precise findings), enforces the depth limit, identifies the message by
 * its root namespace and picks up the header fields. Not thread-safe: one per worker.
 */
final class DocumentPipeline extends DefaultHandler {

    /** Thrown to stop a parse on purpose; the finding is recorded before. */
    static final class Stop extends SAXException {
        Stop(String message) {
            super(message);
        }
    }

    private static final Pattern NAMESPACE_PREFIX = Pattern.compile("\"[^\"]*\":");
    private static final Pattern BRACED = Pattern.compile("'\\{([^}']*)}'");

    private final MessageRegistry registry;
    private final ValidatorHandler validator;
    private final Unmarshaller unmarshaller;
    private final Predicate<MessageKind> bindable;
    private final int maxDepth;
    private final int maxText;
    private int textLength;
    private final int maxFindings;

    private final String[] local;
    private final String[] segment;
    private final String[] lastChild;
    private final int[] lastChildCount;

    private Locator locator;
    private int depth;
    private boolean rootSeen;
    private boolean validating;
    private MessageKind kind;
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private final List<Finding> parseFindings = new ArrayList<>();
    private final List<Finding> identifyFindings = new ArrayList<>();
    private final List<Finding> schemaFindings = new ArrayList<>();
    private int suppressed;
    /** Where the schema validator reported its last error, listed or not: its repeat is at the same spot. */
    private int lastErrorLine;
    private int lastErrorColumn;
    private UnmarshallerHandler binder;
    private GuardedHandler guard;
    /** The first error the binder reported (it goes on regardless), or null. */
    private String bindingEvent;
    private String resultFailure;
    private final HeaderCapture header = new HeaderCapture();

    DocumentPipeline(MessageRegistry registry, ValidatorHandler validator, Unmarshaller unmarshaller,
                     Predicate<MessageKind> bindable, int maxDepth, int maxText, int maxFindings) {
        this.registry = registry;
        this.validator = validator;
        this.unmarshaller = unmarshaller;
        this.bindable = bindable;
        this.maxDepth = maxDepth;
        this.maxText = maxText;
        this.maxFindings = maxFindings;
        this.local = new String[maxDepth + 2];
        this.segment = new String[maxDepth + 2];
        this.lastChild = new String[maxDepth + 2];
        this.lastChildCount = new int[maxDepth + 2];
        validator.setErrorHandler(new SchemaErrors());
        internedNames(validator);
        recordBindingEvents(unmarshaller);
    }

    /**
     * The binder is lenient (the schema decides validity) and carries on after an error; on a
     * schema-valid document such an error means the model is out of step, so it is kept.
     */
    private void recordBindingEvents(Unmarshaller u) {
        try {
            u.setEventHandler(event -> {
                if (event.getSeverity() != ValidationEvent.WARNING && bindingEvent == null) {
                    bindingEvent = String.valueOf(event.getMessage());
                }
                return true;
            });
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot watch the model binder", e);
        }
    }

    /**
     * The JDK's SAX parser hands over interned names; telling the validator so spares it a
     * symbol-table lookup for every name, the largest cost of feeding it SAX events.
     */
    private static void internedNames(ValidatorHandler validator) {
        try {
            validator.setFeature("http://xml.org/sax/features/string-interning", true);
        } catch (org.xml.sax.SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
            // Another JAXP implementation: it interns for itself.
        }
    }

    /** Clears all per-document state. */
    void reset() {
        locator = null;
        depth = 0;
        rootSeen = false;
        validating = false;
        kind = null;
        pendingPrefixes.clear();
        parseFindings.clear();
        identifyFindings.clear();
        schemaFindings.clear();
        suppressed = 0;
        lastErrorLine = -1;
        lastErrorColumn = -1;
        textLength = 0;
        header.reset();
        lastChild[0] = null;
        binder = null;
        guard = null;
        bindingEvent = null;
        resultFailure = null;
    }

    // ---- results -------------------------------------------------------------------------

    MessageKind kind() {
        return kind;
    }

    boolean rootSeen() {
        return rootSeen;
    }

    MessageHeader header() {
        return header.toHeader();
    }

    List<Finding> parseFindings() {
        return parseFindings;
    }

    List<Finding> identifyFindings() {
        return identifyFindings;
    }

    /** The live list while nothing was suppressed (callers copy it), else a copy with a count. */
    List<Finding> schemaFindings() {
        if (suppressed == 0) {
            return schemaFindings;
        }
        List<Finding> all = new ArrayList<>(schemaFindings);
        all.add(new Finding(XmlCheck.SCHEMA.name(), Severity.INFO, Layer.SCHEMA, Location.NONE,
                Finding.TECHNICAL_REJECTION, suppressed + " further schema error" + (suppressed == 1 ? "" : "s")
                + " not listed, counted as those above (a bad value is one error)"));
        return all;
    }

    /** The bound JAXB root, or null when binding did not run or failed. */
    Object model() {
        if (binder == null || guard.failed()) {
            return null;
        }
        try {
            Object result = binder.getResult();
            return result instanceof JAXBElement<?> e ? e.getValue() : result;
        } catch (Exception e) {
            resultFailure = describe(e);
            return null;
        }
    }

    /**
     * Why binding this document gave no model to trust, in words, or null when it did (or when
     * its kind is not bound at all). Call after {@link #model()}.
     */
    String bindingProblem(Object model) {
        if (binder == null) {
            return null;
        }
        if (guard.failure() != null) {
            return "the binder failed: " + describe(guard.failure());
        }
        if (resultFailure != null) {
            return "the binder gave no result: " + resultFailure;
        }
        if (bindingEvent != null) {
            return "the binder reported: " + Masking.maskNineDigitNumbers(bindingEvent);
        }
        return model == null ? "the binder gave no result" : null;
    }

    private static String describe(Exception e) {
        return Masking.maskNineDigitNumbers(e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    // ---- parser errors -------------------------------------------------------------------

    @Override
    public void warning(SAXParseException e) {
        // Parser warnings carry no verdict.
    }

    @Override
    public void error(SAXParseException e) {
        parseFindings.add(Finding.error(XmlCheck.NOT_XML, location(e), clean(e.getMessage())));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        XmlCheck check = e.getException() instanceof CharConversionException ? XmlCheck.ENCODING : XmlCheck.NOT_XML;
        String text = check == XmlCheck.ENCODING
                ? "Bytes are not valid UTF-8: " + clean(e.getMessage())
                : notWellFormed(clean(e.getMessage()));
        // Bad bytes are found while parsing, so the finding belongs to the PARSE layer.
        parseFindings.add(new Finding(check.name(), Severity.ERROR, Layer.PARSE, location(e),
                Finding.TECHNICAL_REJECTION, text));
        throw e;
    }

    /**
     * The parser's own words, after what they mean for someone who dropped a file: its three most
     * common messages name the parser's grammar ("prolog", "entity"), not the file's fault.
     */
    static String notWellFormed(String parser) {
        String meaning;
        if (parser.startsWith("Content is not allowed in prolog")) {
            meaning = "the file does not begin with XML (text or another format before the first element)";
        } else if (parser.startsWith("Premature end of file")) {
            meaning = "the file ends before its first element (empty of XML, or cut off)";
        } else if (parser.startsWith("XML document structures must start and end within the same entity")) {
            meaning = "the file ends before every element is closed (cut off?)";
        } else {
            return "Not well-formed XML: " + parser;
        }
        return "Not XML: " + meaning + ". The parser said: " + parser;
    }

    // ---- content -------------------------------------------------------------------------

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (!rootSeen) {
            pendingPrefixes.add(new String[] {prefix, uri});
        } else if (validating) {
            validator.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (validating) {
            validator.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        textLength = 0;
        enter(localName); // the arrays hold one level more than the limit, for this report
        if (depth > maxDepth) {
            parseFindings.add(Finding.error(XmlCheck.TOO_DEEP, here(),
                    "Elements nested deeper than the limit of " + maxDepth));
            throw new Stop("depth limit");
        }
        if (!rootSeen) {
            rootSeen = true;
            identify(uri, qName);
        }
        header.start(depth, local, localName);
        if (validating) {
            validator.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (validating) {
            validator.endElement(uri, localName, qName);
        }
        header.end(depth);
        depth--;
        textLength = 0;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        textLength += length;
        if (textLength > maxText) {
            parseFindings.add(Finding.error(XmlCheck.TEXT_TOO_LONG, here(),
                    "Text of more than " + maxText + " characters in one element; no iJw field is that long"));
            throw new Stop("text limit");
        }
        header.characters(ch, start, length);
        if (validating) {
            validator.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (validating) {
            validator.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void endDocument() throws SAXException {
        if (validating) {
            validator.endDocument();
        }
    }

    private void identify(String uri, String qName) throws SAXException {
        kind = registry.identify(uri).orElse(null);
        if (kind == null) {
            String text = uri == null || uri.isEmpty()
                    ? "Root element <" + qName + "> has no namespace; expected an iJw message namespace"
                    : "Unknown namespace '" + uri + "' of root element <" + qName + ">; not a supported iJw message";
            identifyFindings.add(Finding.error(XmlCheck.UNKNOWN_NAMESPACE, here(), text));
            return;
        }
        validating = true;
        if (bindable.test(kind)) {
            binder = newBinder();
            guard = new GuardedHandler(binder);
            validator.setContentHandler(guard);
        } else {
            validator.setContentHandler(null);
        }
        if (locator != null) {
            validator.setDocumentLocator(locator);
        }
        validator.startDocument();
        for (String[] p : pendingPrefixes) {
            validator.startPrefixMapping(p[0], p[1]);
        }
    }

    /**
     * The public {@code getUnmarshallerHandler()} wraps the handler in a visitor that calls
     * {@code String.intern()} on every name, which costs as much as the binding itself. The names
     * reaching it here come from the schema validator's symbol table and are interned already,
     * so the GlassFish runtime's handler is used directly when it is the JAXB implementation.
     */
    private UnmarshallerHandler newBinder() {
        if (unmarshaller instanceof UnmarshallerImpl impl) {
            return new SAXConnector(impl.createUnmarshallerHandler(null, false, null), null);
        }
        return unmarshaller.getUnmarshallerHandler();
    }

    /** Pushes the element on the path, numbering repeated siblings. */
    private void enter(String localName) {
        int parent = depth - 1;
        if (localName.equals(lastChild[parent])) {
            lastChildCount[parent]++;
        } else {
            lastChild[parent] = localName;
            lastChildCount[parent] = 1;
        }
        local[depth] = localName;
        segment[depth] = lastChildCount[parent] > 1 ? localName + "[" + lastChildCount[parent] + "]" : localName;
        lastChild[depth] = null;
    }

    private String path() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= depth && i < segment.length; i++) {
            sb.append('/').append(segment[i]);
        }
        return sb.toString();
    }

    private Location here() {
        return locator == null ? new Location(0, 0, path())
                : new Location(locator.getLineNumber(), locator.getColumnNumber(), path());
    }

    private Location location(SAXParseException e) {
        return new Location(e.getLineNumber(), e.getColumnNumber(), path());
    }

    /**
     * Xerces reports a bad simple value twice: the facet that failed, then "the value of element
     * X is not valid" at the same spot. The second adds nothing, listed or only counted. It is
     * compared with the last error reported, not the last one listed: past the listing limit the
     * last listed one lies elsewhere, and each bad value would be counted twice.
     */
    private boolean repeatsPrevious(SAXParseException e) {
        boolean sameSpot = lastErrorLine == e.getLineNumber() && lastErrorColumn == e.getColumnNumber();
        lastErrorLine = e.getLineNumber();
        lastErrorColumn = e.getColumnNumber();
        String m = e.getMessage();
        return sameSpot && m != null && (m.startsWith("cvc-type.3.1.3") || m.startsWith("cvc-attribute.3"));
    }

    /** Masks personal data and shortens {"namespace":Name} to Name: the path already says where. */
    private String clean(String message) {
        String text = message == null ? "" : BRACED.matcher(NAMESPACE_PREFIX.matcher(message).replaceAll("")).replaceAll("'$1'");
        return Masking.parserMessage(text, path());
    }

    /** Collects schema errors with the element path at the moment they are reported. */
    private final class SchemaErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            add(Severity.WARNING, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(Severity.ERROR, e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            add(Severity.ERROR, e);
            throw e;
        }

        private void add(Severity severity, SAXParseException e) {
            if (repeatsPrevious(e)) {
                return;
            }
            if (schemaFindings.size() >= maxFindings) {
                suppressed++;
                return;
            }
            schemaFindings.add(new Finding(XmlCheck.SCHEMA.name(), severity, Layer.SCHEMA, location(e),
                    Finding.TECHNICAL_REJECTION, clean(e.getMessage())));
        }
    }
}
