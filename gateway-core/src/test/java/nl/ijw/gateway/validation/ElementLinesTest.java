package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rule findings get the line of their element, and no line where the element cannot be told. */
class ElementLinesTest {

    private static final byte[] XML = String.join("\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<m:Bericht xmlns:m=\"urn:test\">",
            "  <m:Header><m:Afzender>0599</m:Afzender></m:Header>",
            "  <m:Client>",
            "    <m:Product>",
            "      <m:ToewijzingNummer>48210336</m:ToewijzingNummer>",
            "    </m:Product>",
            "    <m:Product>",
            "      <m:ToewijzingNummer>48210337</m:ToewijzingNummer>",
            "      <m:Referentie>REF-2</m:Referentie>",
            "    </m:Product>",
            "  </m:Client>",
            "</m:Bericht>").getBytes(StandardCharsets.UTF_8);

    private static Finding rule(String path, String nummer, String referentie) {
        return new Finding("TR019", Severity.ERROR, Layer.RULES, new Location(0, 0, path), "9019", "text",
                new Finding.Subject(nummer, referentie, null));
    }

    private static int line(Finding f) {
        return f.location().line();
    }

    @Test
    void aPathWithOneElementGetsItsLine() {
        List<Finding> placed = new ElementLines().place(XML, List.of(rule("/Bericht/Header", null, null),
                rule("/Bericht/Client", "48210336", null)));
        assertEquals(3, line(placed.get(0)));
        assertEquals(4, line(placed.get(1)));
        assertEquals("/Bericht/Header", placed.get(0).location().path());
    }

    @Test
    void ofSeveralElementsTheOneHoldingTheSubject() {
        List<Finding> placed = new ElementLines().place(XML, List.of(rule("/Bericht/Client/Product", "48210337", null),
                rule("/Bericht/Client/Product", "48210336", null), rule("/Bericht/Client/Product", "48210337", "REF-2")));
        assertEquals(List.of(8, 5, 8), placed.stream().map(ElementLinesTest::line).toList());
    }

    @Test
    void noLineWhereTheElementCannotBeTold() {
        List<Finding> placed = new ElementLines().place(XML, List.of(rule("/Bericht/Client/Product", null, null),
                rule("/Bericht/Client/Product", "99999999", null), rule("/Bericht/Client/Product", "48210336", "REF-2"),
                rule("/Bericht/Elsewhere", null, null)));
        assertEquals(List.of(0, 0, 0, 0), placed.stream().map(ElementLinesTest::line).toList(),
                "two products and no subject, an unknown number, a referentie of the other product, no such element");
    }

    @Test
    void aFindingWithALineOrWithoutAPathIsLeftAsItIs() {
        Finding schema = new Finding("SCHEMA", Severity.ERROR, Layer.SCHEMA, new Location(9, 12, "/Bericht/Client"),
                "0001", "text");
        Finding nowhere = new Finding("NO_MODEL", Severity.ERROR, Layer.SCHEMA, Location.NONE, "0001", "text");
        assertEquals(List.of(schema, nowhere), new ElementLines().place(XML, List.of(schema, nowhere)));
    }

    @Test
    void unreadableXmlLeavesTheLinesUnknown() {
        byte[] broken = "<m:Bericht xmlns:m=\"urn:test\"><m:Header>".getBytes(StandardCharsets.UTF_8);
        assertEquals(0, line(new ElementLines().place(broken, List.of(rule("/Bericht/Header", null, null))).get(0)));
    }
}
