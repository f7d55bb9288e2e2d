package nl.ijw.gateway.retour;

import static nl.ijw.gateway.retour.RetourTestSupport.MESSAGES;
import static nl.ijw.gateway.retour.RetourTestSupport.RETOURS;
import static nl.ijw.gateway.retour.RetourTestSupport.assertValid;
import static nl.ijw.gateway.retour.RetourTestSupport.bytes;
import static nl.ijw.gateway.retour.RetourTestSupport.codesOf;
import static nl.ijw.gateway.retour.RetourTestSupport.eval;
import static nl.ijw.gateway.retour.RetourTestSupport.leaves;
import static nl.ijw.gateway.retour.RetourTestSupport.read;
import static nl.ijw.gateway.retour.RetourTestSupport.select;
import static nl.ijw.gateway.retour.RetourTestSupport.text;
import static nl.ijw.gateway.retour.RetourTestSupport.validate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.validation.MessageHeader;
import nl.ijw.gateway.validation.ValidationReport;

class RetourBuilderTest {

    private static final String ID = "G26R009001";
    private static final LocalDate DAY = LocalDate.of(2026, 2, 5);

    /**
     * A heen-message sample with the path of a product line (a repeatable class below the
     * Client) and a code that fits it. JW319 has no product lines: its Antwoord is used.
     */
    record Heen(MessageType type, String linePath, String code) {
        String file() {
            return type.key() + ".xml";
        }

        MessageType retour() {
            return RetourBuilder.retourType(type);
        }

        String lineName() {
            return linePath.substring(linePath.lastIndexOf('/') + 1);
        }

        boolean repeatable() {
            return type != MessageType.JW319;
        }

        @Override
        public String toString() {
            return type.name();
        }
    }

    static Stream<Heen> heens() {
        return Stream.of(
                new Heen(MessageType.JW301, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct", "9332"),
                new Heen(MessageType.JW305, "/Bericht/Client/StartProducten/StartProduct", "9019"),
                new Heen(MessageType.JW307, "/Bericht/Client/StopProducten/StopProduct", "9063"),
                new Heen(MessageType.JW315, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct", "9347"),
                new Heen(MessageType.JW317, "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct", "9351"),
                new Heen(MessageType.JW319, "/Bericht/Antwoord", "9365"));
    }

    static Stream<Heen> repeatableHeens() {
        return heens().filter(Heen::repeatable);
    }

    // ---- (a) approval, (b) header codes ---------------------------------------------------

    @ParameterizedTest
    @MethodSource("heens")
    void approvalIsTheHeaderAloneWithoutCodes(Heen h) throws Exception {
        byte[] heen = read(MESSAGES.resolve(h.file()));
        ValidationReport in = validate(heen);

        byte[] retour = RETOURS.build(heen, in, RetourContent.approved(ID, DAY));

        ValidationReport out = assertValid(retour, h.retour());
        assertSameHeader(in.header(), out.header());
        assertEquals(h.retour().berichtCode(), out.header().berichtCode());
        assertEquals(ID, out.header().identificatieRetour());
        assertEquals(DAY.toString(), out.header().dagtekeningRetour());
        assertEquals("0", eval(h.retour(), retour, "count(//m:RetourCodes)"));
        assertEquals("1", eval(h.retour(), retour, "count(/m:Bericht/*)"));
        assertEquals("0.1.0", eval(h.retour(), retour, "/m:Bericht/m:Header/m:XsdVersieRetour/ijw:BerichtXsdVersie"));
    }

    @ParameterizedTest
    @MethodSource("heens")
    void headerCodeGivesTheHeaderAloneWithThatCode(Heen h) throws Exception {
        byte[] heen = read(MESSAGES.resolve(h.file()));
        ValidationReport in = validate(heen);

        byte[] retour = RETOURS.build(heen, in, RetourContent.headerOnly(ID, DAY, "9056"));

        ValidationReport out = assertValid(retour, h.retour());
        assertSameHeader(in.header(), out.header());
        assertEquals(List.of("9056"), headerCodes(h.retour(), retour));
        assertEquals("1", eval(h.retour(), retour, "count(//m:RetourCode)"));
        assertEquals("1", eval(h.retour(), retour, "count(/m:Bericht/*)"));
    }

    @ParameterizedTest
    @MethodSource("heens")
    void headerErrorWinsOverClassCodes(Heen h) throws Exception {
        byte[] heen = read(MESSAGES.resolve(h.file()));
        var content = new RetourContent(ID, DAY, List.of(new ClassCode(h.linePath(), h.code())), List.of("8848"));

        byte[] retour = RETOURS.build(heen, validate(heen), content);

        assertValid(retour, h.retour());
        assertEquals(List.of("8848"), headerCodes(h.retour(), retour));
        assertEquals("1", eval(h.retour(), retour, "count(/m:Bericht/*)"));
    }

    /** With header code 0200 and its identification, the retour is the project's sample retour. */
    @ParameterizedTest
    @MethodSource("heens")
    void headerOnly0200EqualsTheSampleRetour(Heen h) throws Exception {
        byte[] heen = read(MESSAGES.resolve(h.file()));
        byte[] sample = read(MESSAGES.resolve(h.retour().key() + ".xml"));
        MessageHeader sampleHeader = validate(sample).header();
        var content = RetourContent.headerOnly(sampleHeader.identificatieRetour(),
                LocalDate.parse(sampleHeader.dagtekeningRetour()), RetourCode.NO_REMARK);

        byte[] retour = RETOURS.build(heen, validate(heen), content);

        Diff diff = DiffBuilder.compare(sample).withTest(retour).ignoreComments().ignoreWhitespace()
                .checkForIdentical().build();
        assertFalse(diff.hasDifferences(), diff::toString);
    }

    // ---- (c) class codes ------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("heens")
    void classCodeOnTheLineCopiesTheBodyWithCodesOnEveryClass(Heen h) throws Exception {
        byte[] heen = read(MESSAGES.resolve(h.file()));
        ValidationReport in = validate(heen);
        var content = new RetourContent(ID, DAY, List.of(new ClassCode(h.linePath(), h.code())), List.of());

        byte[] retour = RETOURS.build(heen, in, content);

        ValidationReport out = assertValid(retour, h.retour());
        assertSameHeader(in.header(), out.header());
        assertEquals(List.of("0200"), headerCodes(h.retour(), retour));
        String line = "/m:Bericht" + h.linePath().substring("/Bericht".length()).replace("/", "/m:");
        assertEquals(List.of(h.code()), codesOf(select(h.retour(), retour, line).get(0)));
        List<Element> classes = classesBelowHeader(h.retour(), retour);
        assertTrue(classes.size() >= 1);
        for (Element c : classes) {
            if (!c.getLocalName().equals(h.lineName())) {
                assertEquals(List.of("0200"), codesOf(c), c.getLocalName());
            }
        }
        assertBodyCopied(h, heen, retour);
    }

    @ParameterizedTest
    @MethodSource("repeatableHeens")
    void classCodeOnTheSecondOfTwoLines(Heen h) throws Exception {
        byte[] heen = twoLines(h);
        ValidationReport in = validate(heen);
        assertTrue(in.isValid(), in.findings()::toString);
        var content = new RetourContent(ID, DAY, List.of(new ClassCode(h.linePath() + "[2]", h.code())), List.of());

        byte[] retour = RETOURS.build(heen, in, content);

        assertValid(retour, h.retour());
        List<Element> lines = select(h.retour(), retour, "//m:" + h.lineName());
        assertEquals(2, lines.size());
        assertEquals(List.of("0200"), codesOf(lines.get(0)));
        assertEquals(List.of(h.code()), codesOf(lines.get(1)));
        assertBodyCopied(h, heen, retour);
    }

    @Test
    void aPathBelowAClassCountsForThatClass() throws Exception {
        Heen h = new Heen(MessageType.JW305, "/Bericht/Client/StartProducten/StartProduct", "9326");
        byte[] heen = twoLines(h);
        var content = new RetourContent(ID, DAY, List.of(
                new ClassCode("/Bericht/Client/StartProducten/StartProduct[2]/Begindatum", "9326"),
                new ClassCode("/Bericht/Client/Bsn", "9019")), List.of());

        byte[] retour = RETOURS.build(heen, validate(heen), content);

        assertValid(retour, MessageType.JW306);
        assertEquals(List.of("9019"), codesOf(select(MessageType.JW306, retour, "/m:Bericht/m:Client").get(0)));
        List<Element> lines = select(MessageType.JW306, retour, "//m:StartProduct");
        assertEquals(List.of("0200"), codesOf(lines.get(0)));
        assertEquals(List.of("9326"), codesOf(lines.get(1)));
    }

    @Test
    void notJudgedAndSeveralCodesOnOneClass() throws Exception {
        byte[] heen = read(MESSAGES.resolve("jw301.xml"));
        String product = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct";
        var content = new RetourContent(ID, DAY, List.of(
                new ClassCode("/Bericht/Client/Relaties/Relatie", RetourCode.NOT_JUDGED),
                new ClassCode(product, "9332"), new ClassCode(product, "9379"), new ClassCode(product, "9332"),
                new ClassCode(product, "0200")), List.of());

        byte[] retour = RETOURS.build(heen, validate(heen), content);

        assertValid(retour, MessageType.JW302);
        assertEquals(List.of("0233"), codesOf(select(MessageType.JW302, retour, "//m:Relatie").get(0)));
        assertEquals(List.of("0200"), codesOf(select(MessageType.JW302, retour, "//m:Relatie/m:Contact").get(0)));
        assertEquals(List.of("0200"), codesOf(select(MessageType.JW302, retour, "/m:Bericht/m:Client").get(0)));
        assertEquals(List.of("9332", "9379"), codesOf(select(MessageType.JW302, retour, "//m:ToegewezenProduct").get(0)));
        // Client, Relatie, its Contact, the client's Contact, ToegewezenProduct
        assertEquals(5, classesBelowHeader(MessageType.JW302, retour).size());
    }

    @Test
    void only0200OnClassesIsNoRemark() throws Exception {
        byte[] heen = read(MESSAGES.resolve("jw305.xml"));
        var content = new RetourContent(ID, DAY, List.of(new ClassCode("/Bericht/Client", "0200")), List.of());

        byte[] retour = RETOURS.build(heen, validate(heen), content);

        assertEquals("1", eval(MessageType.JW306, retour, "count(/m:Bericht/*)"));
    }

    // ---- wrong use ------------------------------------------------------------------------

    @Test
    void unknownPathIsRefused() {
        byte[] heen = read(MESSAGES.resolve("jw305.xml"));
        var content = new RetourContent(ID, DAY,
                List.of(new ClassCode("/Bericht/Client/StartProducten/StartProduct[3]", "9019")), List.of());
        var e = assertThrows(IllegalArgumentException.class, () -> RETOURS.build(heen, validate(heen), content));
        assertTrue(e.getMessage().contains("StartProduct[3]"), e.getMessage());
    }

    @Test
    void codeTheSchemaDoesNotListIsRefused() {
        byte[] heen = read(MESSAGES.resolve("jw305.xml"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> RETOURS.build(heen, validate(heen), RetourContent.headerOnly(ID, DAY, "9999")));
        assertTrue(e.getMessage().contains("JW306 would not be schema-valid"), e.getMessage());
    }

    @Test
    void messagesWithoutRetourAreRefused() {
        for (String f : List.of("jw302.xml", "jw323.xml", "jw325.xml")) {
            byte[] msg = read(MESSAGES.resolve(f));
            assertThrows(IllegalArgumentException.class, () -> RETOURS.build(msg, validate(msg), RetourContent.approved(ID, DAY)), f);
        }
    }

    @Test
    void contentIsChecked() {
        assertEquals("123456789012", RetourContent.approved("123456789012", DAY).identificatieRetour());
        assertThrows(IllegalArgumentException.class, () -> RetourContent.approved("1234567890123", DAY));
        assertThrows(IllegalArgumentException.class, () -> RetourContent.approved(" ", DAY));
        assertThrows(IllegalArgumentException.class, () -> new ClassCode("/Bericht/Client", "92"));
        assertThrows(IllegalArgumentException.class, () -> new ClassCode("Client", "9019"));
        assertThrows(IllegalArgumentException.class, () -> RetourContent.headerOnly(ID, DAY, "x"));
    }

    @Test
    void reportMustBeAboutTheSameBytes() {
        byte[] heen = read(MESSAGES.resolve("jw305.xml"));
        ValidationReport other = validate(read(MESSAGES.resolve("jw307.xml")));
        assertThrows(IllegalArgumentException.class, () -> RETOURS.build(heen, other, RetourContent.approved(ID, DAY)));
    }

    @Test
    void sharedBuilderGivesTheSameRetourOnManyThreads() throws Exception {
        byte[] heen = twoLines(new Heen(MessageType.JW301, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct", "9332"));
        ValidationReport in = validate(heen);
        var content = new RetourContent(ID, DAY,
                List.of(new ClassCode("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]", "9332")), List.of());
        byte[] expected = RETOURS.build(heen, in, content);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> RETOURS.build(heen, in, content)));
            }
            for (Future<byte[]> f : results) {
                assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    static void assertSameHeader(MessageHeader heen, MessageHeader retour) {
        assertEquals(heen.afzender(), retour.afzender(), "Afzender");
        assertEquals(heen.ontvanger(), retour.ontvanger(), "Ontvanger");
        assertEquals(heen.identificatie(), retour.identificatie(), "Identificatie");
        assertEquals(heen.dagtekening(), retour.dagtekening(), "Dagtekening");
    }

    static List<String> headerCodes(MessageType retour, byte[] xml) {
        return codesOf(select(retour, xml, "/m:Bericht/m:Header").get(0));
    }

    /** Every element below the Header that carries RetourCodes. */
    static List<Element> classesBelowHeader(MessageType retour, byte[] xml) {
        return select(retour, xml, "/m:Bericht/*[not(self::m:Header)]/descendant-or-self::*[m:RetourCodes]");
    }

    /** The retour's body holds the heen body unchanged, RetourCodes aside. */
    static void assertBodyCopied(Heen h, byte[] heen, byte[] retour) {
        String body = "/m:Bericht/*[not(self::m:Header)]";
        assertEquals(leaves(select(h.type(), heen, body).get(0)), leaves(select(h.retour(), retour, body).get(0)));
    }

    /** The sample with its product line repeated, so the message has two lines. */
    static byte[] twoLines(Heen h) {
        String xml = text(MESSAGES.resolve(h.file()));
        String tag = h.type().key() + ":" + h.lineName();
        Matcher m = Pattern.compile("(?s)[ \\t]*<" + tag + ">.*?</" + tag + ">\\R").matcher(xml);
        assertTrue(m.find(), "no " + tag + " in " + h.file());
        return bytes(xml.substring(0, m.end()) + m.group() + xml.substring(m.end()));
    }
}
