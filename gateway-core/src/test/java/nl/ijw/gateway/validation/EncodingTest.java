package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only UTF-8 is an iJw encoding. A valid message saved in UTF-16, UTF-32 or EBCDIC, with or
 * without byte order mark, with or without XML declaration, is refused in the INPUT layer with
 * ENCODING, before any parser guesses the encoding and reads it anyway.
 */
class EncodingTest {

    private final MessageValidator validator = SharedValidator.INSTANCE;

    /** One way of saving jw305.xml: charset, byte order mark, what the declaration says. */
    record Variant(String charset, byte[] bom, String declared, String expectInText) {
        @Override
        public String toString() {
            return charset + (bom.length > 0 ? " with BOM" : " without BOM")
                    + (declared == null ? ", no declaration" : ", encoding=\"" + declared + "\"");
        }

        byte[] bytes() throws IOException {
            String xml = Files.readString(Samples.MESSAGES.resolve("jw305.xml"));
            String body = xml.substring(xml.indexOf("?>") + 2).stripLeading();
            String text = declared == null ? body : "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>\n" + body;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bom);
            out.write(text.getBytes(Charset.forName(charset)));
            return out.toByteArray();
        }
    }

    private static final byte[] NONE = {};
    private static final byte[] BOM16BE = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] BOM16LE = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] BOM32BE = {0, 0, (byte) 0xFE, (byte) 0xFF};
    private static final byte[] BOM32LE = {(byte) 0xFF, (byte) 0xFE, 0, 0};

    static Stream<Variant> notUtf8() {
        List<Variant> v = new ArrayList<>();
        for (String declared : new String[] {"UTF-16", "utf-16", null}) {
            v.add(new Variant("UTF-16BE", NONE, declared, "UTF-16 big-endian"));
            v.add(new Variant("UTF-16LE", NONE, declared, "UTF-16 little-endian"));
            v.add(new Variant("UTF-16BE", BOM16BE, declared, "UTF-16 big-endian"));
            v.add(new Variant("UTF-16LE", BOM16LE, declared, "UTF-16 little-endian"));
        }
        for (String declared : new String[] {"UTF-32", null}) {
            v.add(new Variant("UTF-32BE", NONE, declared, "UTF-32 big-endian"));
            v.add(new Variant("UTF-32LE", NONE, declared, "UTF-32 little-endian"));
            v.add(new Variant("UTF-32BE", BOM32BE, declared, "UTF-32 big-endian"));
            v.add(new Variant("UTF-32LE", BOM32LE, declared, "UTF-32 little-endian"));
        }
        v.add(new Variant("IBM037", NONE, "IBM037", "EBCDIC"));
        // ASCII-compatible bytes that name another encoding: refused by the declaration.
        v.add(new Variant("UTF-8", NONE, "UTF-16", "'UTF-16'"));
        v.add(new Variant("UTF-8", NONE, "US-ASCII", "'US-ASCII'"));
        v.add(new Variant("ISO-8859-1", NONE, "ISO-8859-1", "'ISO-8859-1'"));
        return v.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void anythingButUtf8IsRefusedInTheInputLayer(Variant v) throws IOException {
        ValidationReport r = validator.validate(v.bytes(), "jw305.xml");
        assertFalse(r.isValid(), v + " passed as valid");
        Finding f = r.firstError().orElseThrow();
        assertEquals("ENCODING", f.ruleId(), f.toString());
        assertEquals(Layer.INPUT, f.layer());
        assertEquals(LayerStatus.FAILED, r.layer(Layer.INPUT).status());
        assertEquals(List.of(Layer.INPUT, Layer.PARSE, Layer.IDENTIFY, Layer.SCHEMA),
                r.layers().stream().map(LayerResult::layer).toList(), "each layer once");
        assertEquals(LayerStatus.SKIPPED, r.layer(Layer.PARSE).status());
        assertTrue(f.text().contains(v.expectInText()), f.text());
        assertTrue(f.text().endsWith("iJw messages must be UTF-8"), f.text());
        if (v.declared() != null && !v.charset().equals("UTF-8") && !v.charset().equals("ISO-8859-1")) {
            assertTrue(f.text().contains("declares encoding '" + v.declared() + "'"), f.text());
        }
    }

    @Test
    void utf8WithOrWithoutBomOrDeclarationIsValid() throws IOException {
        for (Variant v : List.of(new Variant("UTF-8", NONE, "UTF-8", ""), new Variant("UTF-8", NONE, null, ""),
                new Variant("UTF-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8", ""),
                new Variant("UTF-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null, ""),
                new Variant("UTF-8", NONE, "utf-8", ""))) {
            ValidationReport r = validator.validate(v.bytes(), "jw305.xml");
            assertTrue(r.isValid(), v + ": " + r.findings());
        }
    }

    @Test
    void aUtf8DeclarationOnUtf16BytesIsStillRefused() throws IOException {
        byte[] bytes = new Variant("UTF-16BE", NONE, "UTF-8", "").bytes();
        Finding f = validator.validate(bytes, "jw305.xml").firstError().orElseThrow();
        assertEquals("ENCODING", f.ruleId());
        assertTrue(f.text().contains("UTF-16 big-endian"), f.text());
        assertTrue(new String(bytes, StandardCharsets.UTF_16BE).startsWith("<?xml"));
    }
}
