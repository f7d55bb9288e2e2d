package nl.ijw.gateway.retour;

import static nl.ijw.gateway.retour.RetourTestSupport.ANSWERS;
import static nl.ijw.gateway.retour.RetourTestSupport.MESSAGES;
import static nl.ijw.gateway.retour.RetourTestSupport.RETOURS;
import static nl.ijw.gateway.retour.RetourTestSupport.assertValid;
import static nl.ijw.gateway.retour.RetourTestSupport.codesOf;
import static nl.ijw.gateway.retour.RetourTestSupport.eval;
import static nl.ijw.gateway.retour.RetourTestSupport.read;
import static nl.ijw.gateway.retour.RetourTestSupport.select;
import static nl.ijw.gateway.retour.RetourTestSupport.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.Layer;
import nl.ijw.gateway.validation.Location;
import nl.ijw.gateway.validation.Severity;

/** Findings, as the engine has them, turned into retour content. */
class FromFindingsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 5);

    private static Finding error(String path, String code) {
        return new Finding("TR-test", Severity.ERROR, Layer.RULES, new Location(1, 1, path), code, "test");
    }

    @Test
    void findingsArePlacedOnTheirClassOrTheHeader() {
        Finding warning = new Finding("TR-w", Severity.WARNING, Layer.RULES, Location.NONE, "9074", "only a warning");
        var c = RetourContent.fromFindings("GW0000000001", DAY, List.of(
                error("/Bericht/Client/StartProducten/StartProduct[2]/Begindatum", "9019"),
                error("", "9056"),
                error("/Bericht/Client/Bsn", "0001"),
                warning));

        assertEquals(List.of(new ClassCode("/Bericht/Client/StartProducten/StartProduct[2]/Begindatum", "9019")),
                c.classCodes());
        assertEquals(List.of("9056", "0001"), c.headerCodes());
    }

    @Test
    void ruleFindingOnALineGivesThatLineItsCode() throws Exception {
        byte[] heen = read(MESSAGES.resolve("jw305.xml"));
        var c = RetourContent.fromFindings("GW0000000001", DAY,
                List.of(error("/Bericht/Client/StartProducten/StartProduct", "9019")));

        byte[] retour = RETOURS.build(heen, validate(heen), c);

        assertValid(retour, MessageType.JW306);
        assertEquals(List.of("9019"), codesOf(select(MessageType.JW306, retour, "//m:StartProduct").get(0)));
        assertEquals(List.of("0200"), codesOf(select(MessageType.JW306, retour, "/m:Bericht/m:Client").get(0)));
    }

    @Test
    void technicalRejectionIsHeaderOnly() throws Exception {
        byte[] heen = read(MESSAGES.resolve("jw305.xml"));
        var c = RetourContent.fromFindings("GW0000000001", DAY, List.of(error("/Bericht/Client/Bsn", "0001")));

        byte[] retour = RETOURS.build(heen, validate(heen), c);

        assertValid(retour, MessageType.JW306);
        assertEquals("1", eval(MessageType.JW306, retour, "count(/m:Bericht/*)"));
        assertEquals(List.of("0001"), codesOf(select(MessageType.JW306, retour, "/m:Bericht/m:Header").get(0)));
    }

    @Test
    void claimFindingOnALineRejectsThatLine() throws Exception {
        byte[] claim = read(MESSAGES.resolve("jw323.xml"));
        var c = DeclaratieAntwoordContent.fromFindings("GW0000000002", DAY, List.of(
                error("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/GeleverdVolume", "9321")));

        byte[] answer = ANSWERS.build(claim, validate(claim), c);

        assertValid(answer, MessageType.JW325);
        assertEquals("128362", eval(MessageType.JW325, answer, "//m:TotaalToegekendBedrag/ijw:TotaalBedrag"));
        assertEquals(List.of("9321"), codesOf(select(MessageType.JW325, answer, "//m:Prestatie").get(0)));
    }
}
