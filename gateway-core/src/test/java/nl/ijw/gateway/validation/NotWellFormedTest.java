package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A file that is not XML is told so in words before the parser's own. */
class NotWellFormedTest {

    private static String text(String input) {
        ValidationReport r = SharedValidator.INSTANCE.validate(input.getBytes(StandardCharsets.UTF_8), "in.xml");
        Finding f = r.firstError().orElseThrow();
        assertEquals("NOT_XML", f.ruleId());
        return f.text();
    }

    @Test
    void textBeforeTheFirstElement() {
        assertEquals("Not XML: the file does not begin with XML (text or another format before the first element)."
                + " The parser said: Content is not allowed in prolog.", text("hello, this is a note"));
    }

    @Test
    void aFileCutOffInsideAnElement() {
        assertEquals("Not XML: the file ends before every element is closed (cut off?). The parser said: XML document"
                + " structures must start and end within the same entity.", text("<Bericht><Header>"));
    }

    @Test
    void otherParserMessagesKeepTheirWordsBehindAPlainPrefix() {
        assertEquals("Not well-formed XML: The element type \"Header\" must be terminated by the matching end-tag"
                + " \"</Header>\".", text("<Bericht><Header></Bericht>"));
    }
}
