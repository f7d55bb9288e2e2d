package nl.ijw.gateway.retour;

import static nl.ijw.gateway.retour.RetourTestSupport.INVALID;
import static nl.ijw.gateway.retour.RetourTestSupport.RETOURS;
import static nl.ijw.gateway.retour.RetourTestSupport.assertValid;
import static nl.ijw.gateway.retour.RetourTestSupport.eval;
import static nl.ijw.gateway.retour.RetourTestSupport.read;
import static nl.ijw.gateway.retour.RetourTestSupport.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.validation.ValidationReport;

/** Heen-messages that fail validation: a header-only 0001 retour when the header allows it, else a clear refusal. */
class InvalidHeenRetourTest {

    private static final RetourContent CONTENT = new RetourContent("G26R009002", LocalDate.of(2026, 2, 5),
            List.of(new ClassCode("/Bericht/Client", "9019")), List.of());

    @ParameterizedTest
    @ValueSource(strings = {"jw305-bsn-8-digits.xml", "jw305-statusaanlevering-4.xml", "jw305-berichtcode-436.xml",
            "jw305-berichtsubversie-1.xml", "jw305-truncated.xml", "jw301-toewijzingstijd-hour-25.xml",
            "jw315-date-june-31.xml", "jw317-volume-negative.xml", "jw319-missing-antwoord.xml"})
    void schemaInvalidHeenGetsAHeaderOnly0001Retour(String file) throws Exception {
        byte[] heen = read(INVALID.resolve(file));
        ValidationReport in = validate(heen);
        assertFalse(in.isValid());
        MessageType retourType = RetourBuilder.retourType(in.messageKind().orElseThrow().type());

        byte[] retour = RETOURS.build(heen, in, CONTENT);

        ValidationReport out = assertValid(retour, retourType);
        RetourBuilderTest.assertSameHeader(in.header(), out.header());
        assertEquals("G26R009002", out.header().identificatieRetour());
        assertEquals(List.of("0001"), RetourBuilderTest.headerCodes(retourType, retour));
        assertEquals("1", eval(retourType, retour, "count(/m:Bericht/*)"), "header only");
        assertEquals("1", eval(retourType, retour, "count(//m:RetourCode)"));
    }

    @Test
    void missingOntvangerMakesTheHeaderUnreadable() {
        byte[] heen = read(INVALID.resolve("jw301-missing-ontvanger.xml"));
        var e = assertThrows(RetourNotPossible.class, () -> RETOURS.build(heen, validate(heen), CONTENT));
        assertEquals("heen-message header unreadable: Ontvanger missing", e.getMessage());
    }

    @Test
    void brokenXsdVersieGivesNoValidRetour() {
        byte[] heen = read(INVALID.resolve("jw301-xsdversie-two-part-version.xml"));
        var e = assertThrows(RetourNotPossible.class, () -> RETOURS.build(heen, validate(heen), CONTENT));
        assertTrue(e.getMessage().startsWith("heen-message header does not make a schema-valid JW302"), e.getMessage());
        assertTrue(e.getMessage().contains("BerichtXsdVersie"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jw305-doctype-xxe.xml:DOCTYPE", "jw305-encoding-utf-16.xml:ENCODING", "empty.xml:EMPTY"})
    void inputRefusedBeforeParsingIsNotAnswered(String fileAndRule) {
        String[] parts = fileAndRule.split(":");
        byte[] heen = read(INVALID.resolve(parts[0]));
        var e = assertThrows(RetourNotPossible.class, () -> RETOURS.build(heen, validate(heen), CONTENT));
        assertEquals("heen-message refused before parsing (" + parts[1] + "); header unreadable", e.getMessage());
    }

    @Test
    void unknownNamespaceHasNoRetourType() {
        byte[] heen = read(INVALID.resolve("jw305-namespace-ijw-3-1.xml"));
        var e = assertThrows(RetourNotPossible.class, () -> RETOURS.build(heen, validate(heen), CONTENT));
        assertTrue(e.getMessage().startsWith("message type unknown"), e.getMessage());
    }

    @Test
    void headerCutOffBeforeItsEndIsUnreadable() throws Exception {
        String xml = RetourTestSupport.text(RetourTestSupport.MESSAGES.resolve("jw305.xml"));
        byte[] heen = RetourTestSupport.bytes(xml.substring(0, xml.indexOf("<jw305:XsdVersie>")));
        ValidationReport in = validate(heen);
        var e = assertThrows(RetourNotPossible.class, () -> RETOURS.build(heen, in, CONTENT));
        assertTrue(e.getMessage().startsWith("heen-message header unreadable: Header"), e.getMessage());
    }

    static Stream<Path> invalidHeens() throws IOException {
        try (Stream<Path> s = Files.list(INVALID)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    /** Every invalid sample of a heen type gets either a schema-valid retour or a reason, nothing else. */
    @ParameterizedTest
    @MethodSource("invalidHeens")
    void everyInvalidSampleGetsAValidRetourOrAReason(Path file) {
        byte[] heen = read(file);
        ValidationReport in = validate(heen);
        var type = in.messageKind().map(k -> k.type());
        if (type.isPresent() && type.get().answeredBy().filter(MessageType::isRetour).isEmpty()) {
            return; // retours, JW323 and JW325 have no retour
        }
        try {
            byte[] retour = RETOURS.build(heen, in, CONTENT);
            assertValid(retour, RetourBuilder.retourType(type.orElseThrow()));
        } catch (RetourNotPossible e) {
            assertFalse(e.getMessage().isBlank());
            assertFalse(e.getMessage().matches(".*\\d{9}.*"), "no BSN in reasons: " + e.getMessage());
        }
    }
}
