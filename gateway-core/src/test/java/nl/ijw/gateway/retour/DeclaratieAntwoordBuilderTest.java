package nl.ijw.gateway.retour;

import static nl.ijw.gateway.retour.RetourTestSupport.ANSWERS;
import static nl.ijw.gateway.retour.RetourTestSupport.INVALID;
import static nl.ijw.gateway.retour.RetourTestSupport.MESSAGES;
import static nl.ijw.gateway.retour.RetourTestSupport.assertValid;
import static nl.ijw.gateway.retour.RetourTestSupport.bytes;
import static nl.ijw.gateway.retour.RetourTestSupport.codesOf;
import static nl.ijw.gateway.retour.RetourTestSupport.eval;
import static nl.ijw.gateway.retour.RetourTestSupport.read;
import static nl.ijw.gateway.retour.RetourTestSupport.select;
import static nl.ijw.gateway.retour.RetourTestSupport.text;
import static nl.ijw.gateway.retour.RetourTestSupport.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.validation.ValidationReport;

class DeclaratieAntwoordBuilderTest {

    private static final MessageType JW325 = MessageType.JW325;
    private static final String ID = "G26D000219";
    private static final LocalDate DAY = LocalDate.of(2026, 4, 15);
    private static final String LINE = "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie";
    private static final String CLAIM_CLIENT = "/Bericht/Declaratie/Clienten/Client";

    private final byte[] claim = read(MESSAGES.resolve("jw323.xml"));

    @Test
    void rejectingTheFebruaryLineGivesTheSampleAnswer() throws Exception {
        ValidationReport in = validate(claim);

        byte[] answer = ANSWERS.build(claim, in, content(new ClassCode(LINE, "9321")));

        ValidationReport out = assertValid(answer, JW325);
        assertEquals(in.header().ontvanger(), out.header().afzender());
        assertEquals(in.header().afzender(), out.header().ontvanger());
        assertEquals(ID, out.header().identificatie());
        assertEquals(in.header().identificatie(), eval(JW325, answer, "//m:DeclaratieIdentificatie/ijw:Identificatie"));
        assertEquals(in.header().dagtekening(), eval(JW325, answer, "//m:DeclaratieIdentificatie/ijw:Dagtekening"));
        assertTotals(answer, "266598", "D", "128362", "D");
        Diff diff = DiffBuilder.compare(read(MESSAGES.resolve("jw325.xml"))).withTest(answer)
                .ignoreComments().ignoreWhitespace().checkForIdentical().build();
        assertFalse(diff.hasDifferences(), diff::toString);
    }

    @Test
    void rejectingTheSecondLine() throws Exception {
        byte[] answer = ANSWERS.build(claim, validate(claim), content(new ClassCode(LINE + "[2]", "9322")));

        assertValid(answer, JW325);
        assertTotals(answer, "266598", "D", "138236", "D");
        List<Element> lines = select(JW325, answer, "//m:Prestatie");
        assertEquals(1, lines.size());
        assertEquals("PR2603LV0017", eval(JW325, answer, "//m:Prestatie/m:ProductReferentie/ijw:ReferentieNummer"));
        assertEquals(List.of("9322"), codesOf(lines.get(0)));
        assertEquals(List.of("0200"), codesOf(select(JW325, answer, "//m:Client").get(0)));
        assertEquals(List.of("0200"), codesOf(select(JW325, answer, "//m:DeclaratieAntwoord").get(0)));
    }

    @Test
    void fullyGrantedClaim() throws Exception {
        byte[] answer = ANSWERS.build(claim, validate(claim), DeclaratieAntwoordContent.granted(ID, DAY));

        assertValid(answer, JW325);
        assertTotals(answer, "266598", "D", "266598", "D");
        assertEquals(List.of("0200"), codesOf(select(JW325, answer, "/m:Bericht/m:Header").get(0)));
        assertEquals(List.of("8001"), codesOf(select(JW325, answer, "//m:DeclaratieAntwoord").get(0)));
        assertEquals("0", eval(JW325, answer, "count(//m:Clienten)"));
    }

    /**
     * A claim granted in full is answered without the answer's own schema check: every claim the
     * schema accepts, however its texts are spaced or signed, must still give a valid answer.
     */
    @Test
    void answersGrantedInFullAreSchemaValidForEveryValidClaim() throws Exception {
        String plain = new String(claim, java.nio.charset.StandardCharsets.UTF_8);
        List<String> variants = List.of(plain,
                plain.replace("<ijw:TotaalBedrag>266598<", "<ijw:TotaalBedrag>\n   266598  \n<"),
                plain.replaceFirst("<ijw:DebetCredit>D<", "<ijw:DebetCredit>C<"),
                plain.replaceFirst("<ijw:TotaalBedrag>266598<", "<ijw:TotaalBedrag>0<"),
                plain.replaceFirst("(<jw323:Header>\\s*)", "$1<!-- comment -->"),
                plain.replace("\n", "\r\n"));
        for (String v : variants) {
            byte[] in = v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ValidationReport report = assertValid(in, MessageType.JW323); // only valid claims are answered in full
            byte[] answer = ANSWERS.build(in, report, DeclaratieAntwoordContent.granted(ID, DAY));
            assertValid(answer, JW325);
            assertEquals(List.of("8001"), codesOf(select(JW325, answer, "//m:DeclaratieAntwoord").get(0)));
        }
    }

    @Test
    void clientRemarkRejectsAllItsLinesAsNotJudged() throws Exception {
        byte[] answer = ANSWERS.build(claim, validate(claim), content(new ClassCode(CLAIM_CLIENT + "/Bsn", "8187")));

        assertValid(answer, JW325);
        assertTotals(answer, "266598", "D", "0", "D");
        assertEquals(List.of("8187"), codesOf(select(JW325, answer, "//m:Client").get(0)));
        List<Element> lines = select(JW325, answer, "//m:Prestatie");
        assertEquals(2, lines.size());
        lines.forEach(l -> assertEquals(List.of("0233"), codesOf(l)));
    }

    @Test
    void declaratieRemarkRejectsTheWholeClaim() throws Exception {
        byte[] answer = ANSWERS.build(claim, validate(claim), content(new ClassCode("/Bericht/Declaratie", "9333")));

        assertValid(answer, JW325);
        assertTotals(answer, "266598", "D", "0", "D");
        assertEquals(List.of("9333"), codesOf(select(JW325, answer, "//m:DeclaratieAntwoord").get(0)));
        assertEquals("0", eval(JW325, answer, "count(//m:Clienten)"));
    }

    @Test
    void headerRemarkGivesTheHeaderAlone() throws Exception {
        var c = new DeclaratieAntwoordContent(ID, DAY, List.of(new ClassCode(LINE, "9321")), List.of("9056"));
        byte[] answer = ANSWERS.build(claim, validate(claim), c);

        assertValid(answer, JW325);
        assertEquals(List.of("9056"), codesOf(select(JW325, answer, "/m:Bericht/m:Header").get(0)));
        assertEquals("1", eval(JW325, answer, "count(/m:Bericht/*)"));
    }

    /** Line 2 turned into a credit of 128362: the claim totals 138236 − 128362 = 9874 debit. */
    @Test
    void rejectedCreditLineRaisesAndRejectedDebitLineLowersTheGrantedAmount() throws Exception {
        String xml = text(MESSAGES.resolve("jw323.xml"))
                .replace("<ijw:TotaalBedrag>266598</ijw:TotaalBedrag>", "<ijw:TotaalBedrag>9874</ijw:TotaalBedrag>");
        int second = xml.indexOf("<ijw:Bedrag>128362</ijw:Bedrag>");
        xml = xml.substring(0, second) + xml.substring(second).replaceFirst("<ijw:DebetCredit>D<", "<ijw:DebetCredit>C<");
        byte[] credit = bytes(xml);
        ValidationReport in = validate(credit);
        assertTrue(in.isValid(), in.findings()::toString);

        byte[] creditRejected = ANSWERS.build(credit, in, content(new ClassCode(LINE + "[2]", "8017")));
        assertValid(creditRejected, JW325);
        assertTotals(creditRejected, "9874", "D", "138236", "D");

        byte[] debitRejected = ANSWERS.build(credit, in, content(new ClassCode(LINE, "9321")));
        assertValid(debitRejected, JW325);
        assertTotals(debitRejected, "9874", "D", "128362", "C");
    }

    @Test
    void clientsWithoutRemarksAreLeftOut() throws Exception {
        String xml = text(MESSAGES.resolve("jw323.xml"));
        int start = xml.indexOf("      <jw323:Client>");
        int end = xml.indexOf("</jw323:Client>") + "</jw323:Client>\n".length();
        String other = xml.substring(start, end).replace("264819378", "111222333");
        byte[] two = bytes(xml.substring(0, end) + other + xml.substring(end)
                .replace("<ijw:TotaalBedrag>266598</ijw:TotaalBedrag>", "<ijw:TotaalBedrag>533196</ijw:TotaalBedrag>"));
        two = bytes(new String(two, java.nio.charset.StandardCharsets.UTF_8)
                .replace("<ijw:TotaalBedrag>266598</ijw:TotaalBedrag>", "<ijw:TotaalBedrag>533196</ijw:TotaalBedrag>"));
        ValidationReport in = validate(two);
        assertTrue(in.isValid(), in.findings()::toString);

        byte[] answer = ANSWERS.build(two, in, content(new ClassCode(CLAIM_CLIENT + "[2]/Prestaties/Prestatie[2]", "9338")));

        assertValid(answer, JW325);
        assertTotals(answer, "533196", "D", "404834", "D");
        assertEquals("1", eval(JW325, answer, "count(//m:Client)"));
        assertEquals("111222333", eval(JW325, answer, "//m:Client/m:Bsn"));
        assertEquals("PR2603LV0017", eval(JW325, answer, "//m:Prestatie/m:ProductReferentie/ijw:ReferentieNummer"));
    }

    @Test
    void schemaInvalidClaimGetsAHeaderOnly0001Answer() throws Exception {
        byte[] bad = read(INVALID.resolve("jw323-bedrag-negative.xml"));
        ValidationReport in = validate(bad);
        assertFalse(in.isValid());

        byte[] answer = ANSWERS.build(bad, in, content(new ClassCode(LINE, "9321")));

        ValidationReport out = assertValid(answer, JW325);
        assertEquals(in.header().ontvanger(), out.header().afzender());
        assertEquals(List.of("0001"), codesOf(select(JW325, answer, "/m:Bericht/m:Header").get(0)));
        assertEquals("1", eval(JW325, answer, "count(/m:Bericht/*)"));
        assertEquals(in.header().identificatie(), eval(JW325, answer, "//m:DeclaratieIdentificatie/ijw:Identificatie"));
    }

    @Test
    void onlyAClaimIsAnswered() {
        byte[] start = read(MESSAGES.resolve("jw305.xml"));
        assertThrows(IllegalArgumentException.class,
                () -> ANSWERS.build(start, validate(start), DeclaratieAntwoordContent.granted(ID, DAY)));
    }

    @Test
    void unknownLineIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ANSWERS.build(claim, validate(claim), content(new ClassCode(LINE + "[3]", "9321"))));
    }

    private static DeclaratieAntwoordContent content(ClassCode... codes) {
        return new DeclaratieAntwoordContent(ID, DAY, List.of(codes), List.of());
    }

    private static void assertTotals(byte[] answer, String claimed, String claimedDc, String granted, String grantedDc) {
        assertEquals(claimed, eval(JW325, answer, "//m:TotaalIngediendBedrag/ijw:TotaalBedrag"));
        assertEquals(claimedDc, eval(JW325, answer, "//m:TotaalIngediendBedrag/ijw:DebetCredit"));
        assertEquals(granted, eval(JW325, answer, "//m:TotaalToegekendBedrag/ijw:TotaalBedrag"));
        assertEquals(grantedDc, eval(JW325, answer, "//m:TotaalToegekendBedrag/ijw:DebetCredit"));
    }
}
