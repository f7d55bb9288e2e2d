package nl.ijw.gateway.validation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import nl.ijw.gateway.message.MessageRegistry;
import nl.ijw.gateway.xml.Prolog;
import nl.ijw.gateway.xml.SecureXml;

/**
 * Validates iJw messages in fixed steps: INPUT (size, emptiness, encoding, DOCTYPE), PARSE,
 * IDENTIFY (root namespace → release and type), SCHEMA, binding the valid ones to the model.
 * Parse, identification, schema validation and binding happen in a single SAX pass. A fatal
 * step stops the rest, which are reported as skipped.
 *
 * <p>Thread-safe. Parsers, validator handlers and unmarshallers are expensive to create and
 * not thread-safe, so each thread borrows a ready-made set from a pool.
 */
public final class MessageValidator {

    private final SchemaSet schemas;
    private final MessageRegistry registry;
    private final ModelBinding binding;
    private final ValidationSettings settings;
    private final SAXParserFactory parserFactory = SecureXml.saxParserFactory();
    private final ConcurrentLinkedQueue<Worker> pool = new ConcurrentLinkedQueue<>();

    public MessageValidator(SchemaSet schemas, MessageRegistry registry, ModelBinding binding,
                            ValidationSettings settings) {
        this.schemas = schemas;
        this.registry = registry;
        this.binding = binding;
        this.settings = settings;
    }

    /** The project's bundled iJw 3.2 schemas, model and default limits. */
    public static MessageValidator standard() {
        return new MessageValidator(SchemaSet.bundled(), MessageRegistry.standard(), ModelBinding.ijw32(),
                ValidationSettings.DEFAULT);
    }

    public String schemaVersion() {
        return schemas.version();
    }

    public ValidationSettings settings() {
        return settings;
    }

    /** Validates a file; its size is checked before a byte is read. */
    public ValidationReport validate(Path file) throws IOException {
        long size = Files.size(file);
        if (size > settings.maxBytes()) {
            return tooLarge(file.toString(), size, false);
        }
        return validate(Files.readAllBytes(file), file.toString());
    }

    /** Validates a stream, reading at most one byte more than the size limit. */
    public ValidationReport validate(InputStream in, String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf, 0, (int) Math.min(buf.length, settings.maxBytes() + 1 - total))) > 0) {
            out.write(buf, 0, n);
            total += n;
            if (total > settings.maxBytes()) {
                return tooLarge(source, total, true);
            }
        }
        return validate(out.toByteArray(), source);
    }

    public ValidationReport validate(byte[] bytes, String source) {
        if (bytes.length > settings.maxBytes()) {
            return tooLarge(source, bytes.length, false);
        }
        Finding inputProblem = checkInput(bytes);
        if (inputProblem != null) {
            return report(source, bytes.length, null, MessageHeader.EMPTY,
                    List.of(layer(Layer.INPUT, List.of(inputProblem))), null, Layer.INPUT);
        }
        Worker w = borrow();
        try {
            return parse(w, bytes, source);
        } finally {
            pool.offer(w);
        }
    }

    private Finding checkInput(byte[] bytes) {
        if (bytes.length == 0) {
            return Finding.error(XmlCheck.EMPTY, Location.NONE, "File is empty (0 bytes)");
        }
        Prolog prolog = Prolog.scan(bytes);
        if (prolog.blank()) {
            return Finding.error(XmlCheck.EMPTY, Location.atLine(1), "File holds only white space");
        }
        if (prolog.utf16Bom()) {
            return Finding.error(XmlCheck.ENCODING, Location.atLine(1),
                    "File starts with a UTF-16 byte order mark; iJw messages must be UTF-8");
        }
        if (!prolog.isUtf8()) {
            return Finding.error(XmlCheck.ENCODING, Location.atLine(1),
                    "Declared encoding '" + prolog.encoding() + "'; iJw messages must be UTF-8");
        }
        if (prolog.doctypeLine() > 0) {
            return Finding.error(XmlCheck.DOCTYPE, Location.atLine(prolog.doctypeLine()),
                    "DOCTYPE declarations are not allowed (no DTDs or entities in iJw messages)");
        }
        return null;
    }

    private ValidationReport parse(Worker w, byte[] bytes, String source) {
        DocumentPipeline p = w.pipeline;
        p.reset();
        boolean aborted = false;
        w.anchor.hold();
        try {
            w.reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (DocumentPipeline.Stop e) {
            aborted = true;
        } catch (SAXException e) {
            aborted = true;
            if (p.parseFindings().isEmpty() && p.schemaFindings().isEmpty()) {
                p.parseFindings().add(Finding.error(XmlCheck.NOT_XML, Location.NONE, String.valueOf(e.getMessage())));
            }
        } catch (CharConversionException e) {
            aborted = true;
            p.parseFindings().add(Finding.error(XmlCheck.ENCODING, Location.NONE, "Bytes are not valid UTF-8: " + e.getMessage()));
        } catch (IOException e) {
            aborted = true;
            p.parseFindings().add(Finding.error(XmlCheck.NOT_XML, Location.NONE, "Cannot read input: " + e.getMessage()));
        } finally {
            w.anchor.release();
        }
        if (aborted) {
            w.renewValidator();
        }
        return assemble(p, source, bytes.length);
    }

    private ValidationReport assemble(DocumentPipeline p, String source, long size) {
        List<LayerResult> layers = new ArrayList<>(Layer.values().length);
        layers.add(LayerResult.of(Layer.INPUT, List.of()));
        LayerResult parse = layer(Layer.PARSE, p.parseFindings());
        layers.add(parse);
        if (parse.status() == LayerStatus.FAILED || !p.rootSeen()) {
            return report(source, size, p.kind(), p.header(), layers, null, Layer.IDENTIFY);
        }
        LayerResult identify = layer(Layer.IDENTIFY, p.identifyFindings());
        layers.add(identify);
        if (identify.status() == LayerStatus.FAILED) {
            return report(source, size, null, p.header(), layers, null, Layer.SCHEMA);
        }
        LayerResult schema = layer(Layer.SCHEMA, p.schemaFindings());
        layers.add(schema);
        Object model = schema.status() == LayerStatus.PASSED ? p.model() : null;
        return report(source, size, p.kind(), p.header(), layers, model, Layer.RULES);
    }

    private LayerResult layer(Layer layer, List<Finding> findings) {
        if (findings.isEmpty()) {
            return LayerResult.of(layer, findings);
        }
        List<Finding> applied = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            applied.add(settings.severities().apply(f));
        }
        return LayerResult.of(layer, applied);
    }

    /**
     * Builds the report; every layer from {@code firstSkipped} up to SCHEMA is marked skipped.
     * The layers go in as an immutable list, which the report keeps without copying.
     */
    private ValidationReport report(String source, long size, nl.ijw.gateway.message.MessageKind kind,
                                    MessageHeader header, List<LayerResult> done, Object model, Layer firstSkipped) {
        int skipped = Math.max(0, Layer.SCHEMA.ordinal() - firstSkipped.ordinal() + 1);
        LayerResult[] layers = done.toArray(new LayerResult[done.size() + skipped]);
        for (int i = 0; i < skipped; i++) {
            layers[done.size() + i] = LayerResult.skipped(Layer.values()[firstSkipped.ordinal() + i]);
        }
        return new ValidationReport(source, size, schemas.version(), kind, header, List.of(layers), model);
    }

    /** @param partial true when reading stopped at the limit, so the real size is unknown */
    private ValidationReport tooLarge(String source, long size, boolean partial) {
        String what = partial ? "File is larger than " + settings.maxBytes() + " bytes"
                : "File is " + size + " bytes, more than the limit of " + settings.maxBytes() + " bytes";
        Finding f = Finding.error(XmlCheck.TOO_LARGE, Location.NONE, what + " (OP179); not read further");
        return report(source, size, null, MessageHeader.EMPTY, List.of(layer(Layer.INPUT, List.of(f))), null, Layer.PARSE);
    }

    private Worker borrow() {
        Worker w = pool.poll();
        return w != null ? w : new Worker();
    }

    /** A parser, validator handler and unmarshaller for one thread at a time. */
    private final class Worker {
        final XMLReader reader = SecureXml.newReader(parserFactory);
        final CoordinatorAnchor anchor = new CoordinatorAnchor();
        DocumentPipeline pipeline;

        Worker() {
            renewValidator();
        }

        /** A fresh validator after an aborted parse, so no half-finished state carries over. */
        void renewValidator() {
            pipeline = new DocumentPipeline(registry, schemas.schema().newValidatorHandler(),
                    binding.newUnmarshaller(),
                    kind -> settings.bindModel() && binding.supports(kind.release()), settings.maxDepth(), settings.maxText(), settings.maxFindings());
            reader.setContentHandler(pipeline);
            reader.setErrorHandler(pipeline);
        }
    }
}
