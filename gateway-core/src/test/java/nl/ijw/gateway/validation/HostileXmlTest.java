package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import nl.ijw.gateway.xml.SecureXml;

/** XML is hostile input: nothing is fetched, no entity expands, size and depth are bounded. */
class HostileXmlTest {

    private static final String NS = "http://www.istandaarden.nl/ijw/3_2/jw305/schema";
    private final MessageValidator validator = SharedValidator.INSTANCE;

    @TempDir
    Path tmp;

    @Test
    void externalEntitiesAreNeitherFetchedNorRead() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE b [\n"
                    + "<!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                    + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x\">\n"
                    + "<!ENTITY % dtd SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/dtd\"> %dtd;\n]>\n"
                    + "<b xmlns=\"" + NS + "\">&file;&net;</b>";
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);

            ValidationReport r = validator.validate(bytes, "xxe.xml");
            assertEquals("DOCTYPE", r.firstError().orElseThrow().ruleId());
            assertEquals(2, r.firstError().orElseThrow().location().line());
            assertFalse(r.findings().toString().contains("TOP-SECRET"));

            // Defence in depth: the parser itself refuses the DOCTYPE, even without the prolog check.
            XMLReader reader = SecureXml.newReader(SecureXml.saxParserFactory());
            StringBuilder text = new StringBuilder();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }
            });
            SAXParseException e = assertThrows(SAXParseException.class,
                    () -> reader.parse(new InputSource(new ByteArrayInputStream(bytes))));
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertFalse(text.toString().contains("TOP-SECRET"));

            assertThrows(SocketTimeoutException.class, server::accept, "no connection may reach the server");
        }
    }

    @Test
    void billionLaughsIsRejectedWithoutExpansion() throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            sb.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        sb.append("]>\n<lolz>&lol9;</lolz>");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);

        ValidationReport r = validator.validate(bytes, "lol.xml");
        assertEquals("DOCTYPE", r.firstError().orElseThrow().ruleId());

        AtomicInteger chars = new AtomicInteger();
        XMLReader reader = SecureXml.newReader(SecureXml.saxParserFactory());
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                chars.addAndGet(length);
            }
        });
        assertThrows(SAXParseException.class, () -> reader.parse(new InputSource(new ByteArrayInputStream(bytes))));
        assertEquals(0, chars.get(), "no entity text may be produced");
    }

    @Test
    void doctypeBehindCommentsAndProcessingInstructionsIsFound() {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a -->\n<?pi x?>\n<!DOCTYPE x>\n<x/>";
        ValidationReport r = validator.validate(doc.getBytes(StandardCharsets.UTF_8), "d.xml");
        Finding f = r.firstError().orElseThrow();
        assertEquals("DOCTYPE", f.ruleId());
        assertEquals(4, f.location().line());
    }

    @Test
    void fiftyMegabyteFileIsRejectedBySizeBeforeReading() throws IOException {
        Path big = tmp.resolve("big.xml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: costs no disk and no time
        }
        ValidationReport r = validator.validate(big);
        Finding f = r.firstError().orElseThrow();
        assertEquals("TOO_LARGE", f.ruleId());
        assertEquals(Layer.INPUT, f.layer());
        assertEquals(LayerStatus.SKIPPED, r.layer(Layer.PARSE).status());
        assertTrue(f.text().contains("52428800"), f.text());
    }

    @Test
    void fiftyMegabyteStreamIsReadOnlyUpToTheLimit() throws IOException {
        long fifty = 50L * 1024 * 1024;
        CountingZeros in = new CountingZeros(fifty);
        ValidationReport r = validator.validate(in, "stream.xml");
        assertEquals("TOO_LARGE", r.firstError().orElseThrow().ruleId());
        assertTrue(in.read <= ValidationSettings.OP179_MAX_BYTES + 8192,
                "read " + in.read + " bytes of " + fifty);
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() {
        int depth = 10_000;
        String doc = "<a xmlns=\"" + NS + "\">" + "<b>".repeat(depth) + "</b>".repeat(depth) + "</a>";
        ValidationReport r = validator.validate(doc.getBytes(StandardCharsets.UTF_8), "deep.xml");
        Finding f = r.firstError().orElseThrow();
        assertEquals("TOO_DEEP", f.ruleId());
        assertEquals(LayerStatus.SKIPPED, r.layer(Layer.SCHEMA).status());
    }

    @Test
    void aHugeFieldIsRefusedBeforeTheSchemaValidatorSeesIt() throws IOException {
        // The JDK's schema validator needs seconds for a pattern check on a megabyte of text.
        String sample = Files.readString(Samples.MESSAGES.resolve("jw305.xml"));
        String huge = sample.replaceFirst("<jw305:Achternaam>[^<]*<", "<jw305:Achternaam>" + "x".repeat(1_000_000) + "<")
                .replaceFirst("<ijw:Achternaam>[^<]*<", "<ijw:Achternaam>" + "x".repeat(1_000_000) + "<");
        ValidationReport r = validator.validate(huge.getBytes(StandardCharsets.UTF_8), "huge.xml");
        Finding f = r.firstError().orElseThrow();
        assertEquals("TEXT_TOO_LONG", f.ruleId());
        assertTrue(f.location().path().endsWith("/Achternaam"), f.location().path());
        assertEquals(LayerStatus.SKIPPED, r.layer(Layer.SCHEMA).status());
    }

    /** An endless-looking stream of zeros that counts what was read from it. */
    private static final class CountingZeros extends InputStream {
        private final long size;
        long read;

        CountingZeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            read += n;
            return n;
        }
    }
}
