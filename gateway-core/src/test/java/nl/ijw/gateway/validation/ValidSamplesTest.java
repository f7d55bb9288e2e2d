package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.message.Release;

class ValidSamplesTest {

    private final MessageValidator validator = SharedValidator.INSTANCE;

    static List<Path> samples() throws IOException {
        return Samples.xmlFiles(Samples.MESSAGES);
    }

    @Test
    void thereIsAValidSampleForEveryMessageType() throws IOException {
        List<String> names = samples().stream().map(p -> p.getFileName().toString()).toList();
        for (MessageType t : MessageType.values()) {
            assertTrue(names.contains(t.key() + ".xml"), "missing sample for " + t);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleIsValidAndBoundToItsModel(Path file) throws IOException {
        ValidationReport r = validator.validate(file);

        assertTrue(r.isValid(), () -> file + ": " + r.findings());
        assertEquals(List.of(), r.findings());
        MessageType expected = MessageType.valueOf(file.getFileName().toString().replace(".xml", "").toUpperCase(Locale.ROOT));
        assertEquals(expected, r.messageKind().orElseThrow().type());
        assertEquals(Release.IJW_3_2, r.messageKind().orElseThrow().release());
        Object model = r.boundModel().orElseThrow();
        assertEquals("nl.ijw.gateway.model.v3_2." + expected.key() + ".Root", model.getClass().getName());
        assertEquals(expected.berichtCode(), r.header().berichtCode());
        assertNotNull(r.header().afzender());
        assertNotNull(r.header().identificatie());
        assertTrue(r.schemaVersion().startsWith("bundled"), r.schemaVersion());
        assertEquals(AcceptRecommendation.ACCEPT, AcceptRecommendation.of(r));
        for (Layer l : List.of(Layer.INPUT, Layer.PARSE, Layer.IDENTIFY, Layer.SCHEMA)) {
            assertEquals(LayerStatus.PASSED, r.layer(l).status(), l.name());
        }
    }

    @Test
    void retourHeaderFieldsArePickedUp() throws IOException {
        ValidationReport r = validator.validate(Samples.MESSAGES.resolve("jw302.xml"));
        assertNotNull(r.header().identificatieRetour());
        assertNotNull(r.header().dagtekeningRetour());
    }

    @Test
    void aClaimAnswerNamesTheClaimItAnswers() throws IOException {
        ValidationReport r = validator.validate(Samples.MESSAGES.resolve("jw325.xml"));
        assertEquals("G26D000219", r.header().identificatie(), "its own identity");
        assertEquals("AB2600231", r.header().declaratieIdentificatie(), "the claim's, from Header/DeclaratieIdentificatie");
        assertEquals(null, validator.validate(Samples.MESSAGES.resolve("jw323.xml")).header().declaratieIdentificatie());
    }
}
