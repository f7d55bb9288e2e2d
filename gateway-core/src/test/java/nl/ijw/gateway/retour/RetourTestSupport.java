package nl.ijw.gateway.retour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.message.Release;
import nl.ijw.gateway.validation.MessageValidator;
import nl.ijw.gateway.validation.ValidationReport;

/** Shared, expensive test fixtures (compiled schemas, JAXB context) and small XML helpers. */
final class RetourTestSupport {

    static final MessageValidator VALIDATOR = MessageValidator.standard();
    static final RetourBuilder RETOURS = RetourBuilder.standard();
    static final DeclaratieAntwoordBuilder ANSWERS = DeclaratieAntwoordBuilder.standard();

    static final Path SAMPLES = locate();
    static final Path MESSAGES = SAMPLES.resolve("messages");
    static final Path INVALID = SAMPLES.resolve("invalid");

    private RetourTestSupport() {
    }

    /** samples/ at the root of the checkout, found from the working directory upwards. */
    private static Path locate() {
        return nl.ijw.gateway.testing.Samples.root();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        return new String(read(file), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static ValidationReport validate(byte[] xml) {
        return VALIDATOR.validate(xml, "test");
    }

    /** Validates with the project's schemas and asserts the message is a valid message of the given type. */
    static ValidationReport assertValid(byte[] xml, MessageType type) {
        ValidationReport r = validate(xml);
        assertTrue(r.isValid(), () -> r.findings() + "\n" + new String(xml, StandardCharsets.UTF_8));
        assertEquals(type, r.messageKind().orElseThrow().type());
        return r;
    }

    /** XPath over a message; prefix {@code m} is the given message's namespace, {@code ijw} the basisschema. */
    static JAXPXPathEngine xpath(MessageType type) {
        JAXPXPathEngine e = new JAXPXPathEngine();
        e.setNamespaceContext(Map.of("m", Release.IJW_3_2.namespace(type), "ijw", Release.IJW_3_2.basisNamespace()));
        return e;
    }

    static String eval(MessageType type, byte[] xml, String path) {
        return xpath(type).evaluate(path, Input.from(xml).build());
    }

    static List<Element> select(MessageType type, byte[] xml, String path) {
        List<Element> list = new ArrayList<>();
        for (Node n : xpath(type).selectNodes(path, Input.from(xml).build())) {
            list.add((Element) n);
        }
        return list;
    }

    /** The RetourCode values directly under an element's RetourCodes child. */
    static List<String> codesOf(Element e) {
        List<String> codes = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && ce.getLocalName().equals("RetourCodes")) {
                for (Node rc = ce.getFirstChild(); rc != null; rc = rc.getNextSibling()) {
                    if (rc instanceof Element rce) {
                        codes.add(rce.getTextContent());
                    }
                }
            }
        }
        return codes;
    }

    /**
     * The leaves below an element as "local path = text", RetourCodes left out: what must be
     * equal between a heen class and its copy in the retour.
     */
    static List<String> leaves(Element e) {
        List<String> out = new ArrayList<>();
        collect(e, "", out);
        return out;
    }

    private static void collect(Element e, String prefix, List<String> out) {
        String path = prefix + "/" + e.getLocalName();
        boolean leaf = true;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                leaf = false;
                if (!ce.getLocalName().equals("RetourCodes")) {
                    collect(ce, path, out);
                }
            }
        }
        if (leaf) {
            out.add(path + " = " + e.getTextContent());
        }
    }
}
