package nl.ijw.gateway.retour;

import static nl.ijw.gateway.retour.RetourTestSupport.MESSAGES;
import static nl.ijw.gateway.retour.RetourTestSupport.RETOURS;
import static nl.ijw.gateway.retour.RetourTestSupport.assertValid;
import static nl.ijw.gateway.retour.RetourTestSupport.read;
import static nl.ijw.gateway.retour.RetourTestSupport.validate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.validation.MessageHeader;
import nl.ijw.gateway.validation.ValidationReport;

/**
 * Approvals in full are built from the header validation captured, without parsing the message
 * again: they must be exactly the retours the parsing path builds, and schema-valid.
 */
class ApprovalFromCaptureTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 5);

    static Stream<MessageType> heenTypes() {
        return Stream.of(MessageType.JW301, MessageType.JW305, MessageType.JW307, MessageType.JW315,
                MessageType.JW317, MessageType.JW319);
    }

    @ParameterizedTest
    @MethodSource("heenTypes")
    void capturedApprovalIsTheParsedApproval(MessageType type) throws RetourNotPossible {
        byte[] heen = read(MESSAGES.resolve(type.key() + ".xml"));
        ValidationReport report = validate(heen);
        assertTrue(report.header().versions().exact());

        byte[] fast = RETOURS.build(heen, report, RetourContent.approved("GW0000000001", DAY));
        byte[] parsed = RETOURS.build(heen, inexact(report), RetourContent.approved("GW0000000001", DAY));

        assertArrayEquals(parsed, fast, new String(fast, StandardCharsets.UTF_8));
        assertValid(fast, RetourBuilder.retourType(type));
        // Proof that the fast path does not read the message again: bytes it cannot parse give the same retour.
        byte[] unreadable = new byte[heen.length];
        java.util.Arrays.fill(unreadable, (byte) ' ');
        assertArrayEquals(fast, RETOURS.build(unreadable, report, RetourContent.approved("GW0000000001", DAY)));
    }

    @Test
    void headerTextsAreCapturedAsSent() {
        MessageHeader.Versions v = validate(read(MESSAGES.resolve("jw301.xml"))).header().versions();
        assertEquals("3", v.berichtVersie());
        assertEquals("2", v.berichtSubversie());
        assertFalse(v.basisschemaXsdVersie().isBlank());
        assertFalse(v.berichtXsdVersie().isBlank());
    }

    @Test
    void whitespaceAroundAHeaderTextMeansNotExact() {
        String xml = new String(read(MESSAGES.resolve("jw301.xml")), StandardCharsets.UTF_8)
                .replaceFirst(">0599<", "> 0599 <");
        MessageHeader h = validate(xml.getBytes(StandardCharsets.UTF_8)).header();
        assertEquals("0599", h.afzender());
        assertFalse(h.versions().exact());
    }

    /** The same report, but as if a header text had surrounding whitespace: forces the parsing path. */
    private static ValidationReport inexact(ValidationReport r) {
        MessageHeader h = r.header();
        MessageHeader.Versions v = h.versions();
        MessageHeader copy = new MessageHeader(h.berichtCode(), h.afzender(), h.ontvanger(), h.identificatie(),
                h.dagtekening(), h.identificatieRetour(), h.dagtekeningRetour(), new MessageHeader.Versions(
                v.berichtVersie(), v.berichtSubversie(), v.basisschemaXsdVersie(), v.berichtXsdVersie(), false));
        return new ValidationReport(r.source(), r.size(), r.schemaVersion(), r.kind(), copy, r.layers(), r.model());
    }
}
