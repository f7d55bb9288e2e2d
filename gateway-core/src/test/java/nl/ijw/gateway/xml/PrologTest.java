package nl.ijw.gateway.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PrologTest {

    private static Prolog scan(String s) {
        return Prolog.scan(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheDeclaredEncoding() {
        assertEquals("UTF-8", scan("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>").encoding());
        assertEquals("ISO-8859-1", scan("<?xml version='1.0' encoding='ISO-8859-1'?><a/>").encoding());
        assertNull(scan("<?xml version=\"1.0\"?><a/>").encoding());
        assertTrue(scan("<a/>").isUtf8());
        assertFalse(scan("<?xml version='1.0' encoding='windows-1252'?><a/>").isUtf8());
    }

    @Test
    void recognisesBlankInputAndByteOrderMarks() {
        assertTrue(scan(" \n\t ").blank());
        assertFalse(scan(" <a/>").blank());
        assertTrue(Prolog.scan(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0}).utf16Bom());
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'a', '/', '>'};
        assertTrue(Prolog.scan(utf8Bom).isUtf8());
    }

    @Test
    void findsDoctypeOnlyInTheProlog() {
        assertEquals(4, scan("<?xml version=\"1.0\"?>\n<!-- c\n -->\n<!DOCTYPE a><a/>").doctypeLine());
        assertEquals(0, scan("<a><!-- <!DOCTYPE x> --></a>").doctypeLine());
        assertEquals(0, scan("<?xml version=\"1.0\"?>\n<a/>").doctypeLine());
    }
}
