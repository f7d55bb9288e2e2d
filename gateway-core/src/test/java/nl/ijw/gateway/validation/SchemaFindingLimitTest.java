package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Past the listing limit (100) the schema errors are only counted, and counted as they are listed:
 * one per bad value, though the schema validator reports each bad value twice (the facet, then
 * "the value of element X is not valid").
 */
class SchemaFindingLimitTest {

    private final MessageValidator validator = SharedValidator.INSTANCE;

    /** jw305.xml with {@code n} StartProducts, each with one bad value. */
    private static byte[] withBadValues(int n, String element, String bad) throws IOException {
        String xml = Files.readString(Samples.MESSAGES.resolve("jw305.xml"));
        int from = xml.indexOf("<jw305:StartProduct>");
        int to = xml.indexOf("</jw305:StartProduct>") + "</jw305:StartProduct>".length();
        String product = xml.substring(from, to).replaceFirst("<jw305:" + element + ">[^<]*<", "<jw305:" + element + ">" + bad + "<");
        return (xml.substring(0, from) + (product + "\n").repeat(n) + xml.substring(to)).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} x {1}={2}")
    @CsvSource({"100,Begindatum,2026-02-31,0", "101,Begindatum,2026-02-31,1", "150,Begindatum,2026-02-31,50",
            "101,StatusAanlevering,5,1", "150,ToewijzingNummer,x,50", "250,ToewijzingNummer,x,150"})
    void furtherErrorsAreCountedOncePerBadValue(int products, String element, String bad, int further) throws IOException {
        ValidationReport r = validator.validate(withBadValues(products, element, bad), "many.xml");
        List<Finding> schema = r.layer(Layer.SCHEMA).findings();
        List<Finding> listed = schema.stream().filter(Finding::isError).toList();
        assertEquals(Math.min(100, products), listed.size());
        assertEquals(listed.size(), listed.stream().map(f -> f.location().line()).distinct().count(),
                "one finding per bad value");
        List<String> notes = schema.stream().filter(f -> !f.isError()).map(Finding::text).toList();
        if (further == 0) {
            assertEquals(List.of(), notes);
        } else {
            String s = further == 1 ? "" : "s";
            assertEquals(List.of(further + " further schema error" + s + " not listed, counted as those above"
                    + " (a bad value is one error)"), notes);
        }
    }
}
