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
        assertEquals(Prolog.ByteEncoding.UTF16LE, Prolog.scan(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x3C, 0}).bytes());
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'a', '/', '>'};
        assertTrue(Prolog.scan(utf8Bom).isUtf8());
        assertEquals("EF BB BF 3C", Prolog.scan(utf8Bom).firstBytes());
        assertEquals("FF FE 3C 00", Prolog.scan(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x3C, 0}).firstBytes());
        assertEquals("20", scan(" ").firstBytes());
    }

    @Test
    void findsDoctypeOnlyInTheProlog() {
        assertEquals(4, scan("<?xml version=\"1.0\"?>\n<!-- c\n -->\n<!DOCTYPE a><a/>").doctypeLine());
        assertEquals(0, scan("<a><!-- <!DOCTYPE x> --></a>").doctypeLine());
        assertEquals(0, scan("<?xml version=\"1.0\"?>\n<a/>").doctypeLine());
    }

    @Test
    void readsTheEncodingFamilyFromTheFirstBytes() {
        assertEquals(Prolog.ByteEncoding.UTF32BE, bytes(0, 0, 0, 0x3C));
        assertEquals(Prolog.ByteEncoding.UTF32LE, bytes(0x3C, 0, 0, 0));
        assertEquals(Prolog.ByteEncoding.UCS4_UNUSUAL, bytes(0, 0, 0x3C, 0));
        assertEquals(Prolog.ByteEncoding.UCS4_UNUSUAL, bytes(0, 0x3C, 0, 0));
        assertEquals(Prolog.ByteEncoding.UTF16BE, bytes(0, 0x3C, 0, 0x3F));
        assertEquals(Prolog.ByteEncoding.UTF16LE, bytes(0x3C, 0, 0x3F, 0));
        assertEquals(Prolog.ByteEncoding.EBCDIC, bytes(0x4C, 0x6F, 0xA7, 0x94));
        // Without declaration: '<B' and white space, in UTF-16 and UTF-32.
        assertEquals(Prolog.ByteEncoding.UTF16BE, bytes(0, 0x3C, 0, 0x42));
        assertEquals(Prolog.ByteEncoding.UTF16LE, bytes(0x20, 0, 0x0A, 0));
        assertEquals(Prolog.ByteEncoding.UTF32BE, bytes(0, 0, 0, 0x20));
        assertEquals(Prolog.ByteEncoding.UTF32LE, bytes(0x0A, 0, 0, 0));
        assertEquals(Prolog.ByteEncoding.ASCII_COMPATIBLE, bytes(0x3C, 0x3F, 0x78, 0x6D));
        assertEquals(Prolog.ByteEncoding.ASCII_COMPATIBLE, bytes(0x3C, 0x42));
    }

    @Test
    void namesTheEncodingInTheProblemText() {
        Prolog p = Prolog.scan("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("File is in UTF-16 little-endian (its first bytes 3C 00 3F 00 show it, no byte order mark)"
                + " and declares encoding 'UTF-16'; iJw messages must be UTF-8", p.encodingProblem());
        assertEquals("File declares encoding 'US-ASCII'; iJw messages must be UTF-8",
                scan("<?xml version='1.0' encoding='US-ASCII'?><a/>").encodingProblem());
        assertNull(scan("<?xml version='1.0' encoding='utf-8'?><a/>").encodingProblem());
    }

    private static Prolog.ByteEncoding bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return Prolog.scan(out).bytes();
    }
}
