package nl.ijw.gateway.retour;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nl.ijw.gateway.privacy.Masking;
import nl.ijw.gateway.xml.SecureXml;

/**
 * Validates an answer before it leaves: the gateway must never send a message that the other
 * side's validation would refuse. Thread-safe; a new Validator per call (they are not).
 */
final class SchemaCheck {

    private static final Pattern START_TAG = Pattern.compile("<(?:[A-Za-z0-9]+:)?([A-Za-z0-9]+)");

    private final Schema schema;
    private final SAXParserFactory parsers;
    private final nl.ijw.gateway.xml.Pool<Checker> checkers = new nl.ijw.gateway.xml.Pool<>(this::newChecker);

    SchemaCheck(Schema schema, SAXParserFactory parsers) {
        this.schema = schema;
        this.parsers = parsers;
    }

    /** The first schema error in the message, masked for the journal, or empty when valid. */
    Optional<String> problem(byte[] xml) {
        Checker c = checkers.borrow();
        try {
            c.validator.validate(new SAXSource(c.reader, new InputSource(new ByteArrayInputStream(xml))));
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of(elementAt(xml, e.getLineNumber()) + ": "
                    + Masking.maskNineDigitNumbers(String.valueOf(e.getMessage())));
        } catch (SAXException e) {
            return Optional.of(Masking.maskNineDigitNumbers(String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read an in-memory message", e);
        } finally {
            checkers.release(c);
        }
    }

    /** A validator and its parser, reused: creating them costs more than checking a retour. */
    private record Checker(Validator validator, org.xml.sax.XMLReader reader) {
    }

    private Checker newChecker() {
        Validator v = schema.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("validator lacks the security properties", e);
        }
        return new Checker(v, newReader());
    }

    /**
     * The element on a line of the message: the builders write one element per line, so this
     * names the culprit, which Xerces' messages often leave out (they name the type).
     */
    static String elementAt(byte[] xml, int line) {
        String[] lines = new String(xml, StandardCharsets.UTF_8).split("\n", -1);
        if (line < 1 || line > lines.length) {
            return "line " + line;
        }
        Matcher m = START_TAG.matcher(lines[line - 1]);
        return m.find() ? m.group(1) + " (line " + line + ")" : "line " + line;
    }

    private org.xml.sax.XMLReader newReader() {
        // A factory is not guaranteed thread-safe; the reader it makes is used by one thread only.
        synchronized (parsers) {
            return SecureXml.newReader(parsers);
        }
    }
}
