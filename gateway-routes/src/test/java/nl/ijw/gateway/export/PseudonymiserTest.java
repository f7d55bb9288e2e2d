package nl.ijw.gateway.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import nl.ijw.gateway.domain.Bsn;

class PseudonymiserTest {

    private static final Path SAMPLES = samples();
    private final Pseudonymiser p = new Pseudonymiser("sixteen characters key");

    @Test
    void personalDataIsReplacedAndEveryOtherLineKept() throws Exception {
        String in = Files.readString(SAMPLES.resolve("messages/jw301.xml"));
        String out = new String(p.apply(in.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        for (String personal : new String[] {"264819378", "Velzen", "Lieke Sanne", "2013-03-14", "Lijsterbesstraat",
            "3053XP", "0687412209", "Koster", "Marloes"}) {
            assertFalse(out.contains(personal), personal);
        }
        String[] a = in.split("\n");
        String[] b = out.split("\n");
        assertEquals(a.length, b.length);
        int changed = 0;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed++;
                assertEquals(a[i].replaceAll(">[^<]*<", "><"), b[i].replaceAll(">[^<]*<", "><"), "only the value changes");
            }
        }
        assertTrue(changed >= 19, changed + " lines changed: " + out); // 20 values; a Voorvoegsel may be drawn the same
        assertTrue(out.contains("<ijw:Datum>2013-"), "the birth year stays");
    }

    @Test
    void aBsnMapsToOneValidPseudonymAndAnInvalidOneToAnInvalidOne() {
        String valid = p.bsn("264819378");
        assertEquals(valid, p.bsn("264819378"));
        assertTrue(Bsn.of(valid).passesElfproef() && valid.startsWith("99"), valid);
        assertNotEquals(valid, new Pseudonymiser("another key of sixteen").bsn("264819378"));
        String invalid = p.bsn("264819379");
        assertFalse(Bsn.of(invalid).passesElfproef(), invalid);
    }

    @Test
    void aMessageInUtf16IsPseudonymisedToo() throws Exception {
        byte[] utf16 = Files.readString(SAMPLES.resolve("messages/jw305.xml")).getBytes(StandardCharsets.UTF_16BE);
        String out = new String(p.apply(utf16), StandardCharsets.UTF_16BE);
        assertFalse(out.contains("264819378") || out.contains("Velzen"), out);
    }

    private static Path samples() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("samples/messages"))) {
                return d.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found");
    }

    @Test
    void aShortKeyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pseudonymiser("short"));
        assertTrue(e.getMessage().contains("at least 16 characters"), e.getMessage());
    }
}
