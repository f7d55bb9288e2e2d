package nl.ijw.gateway.xml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap look at the bytes before the root element: the encoding the first bytes show (byte
 * order mark or the {@code <?xml} pattern, XML 1.0 appendix F), the declared encoding and any
 * DOCTYPE. This lets the gateway give a precise error (and never hand a DOCTYPE, or bytes in an
 * encoding a parser would guess, to a parser) without parsing the document.
 *
 * @param blank          true when the input holds nothing but white space
 * @param bytes          the encoding family the first bytes show
 * @param bom            true when the input starts with a byte order mark
 * @param firstBytes     the first (up to four) bytes in hex, for error texts
 * @param encoding       the encoding named in the XML declaration, or null when none is named
 * @param doctypeLine    1-based line of a DOCTYPE declaration, or 0 when there is none
 */
public record Prolog(boolean blank, ByteEncoding bytes, boolean bom, String firstBytes, String encoding,
                     int doctypeLine) {

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** What the first bytes of a document say about its encoding. */
    public enum ByteEncoding {
        /** ASCII-compatible bytes: UTF-8 unless the declaration says otherwise. */
        ASCII_COMPATIBLE("UTF-8", null),
        UTF16BE("UTF-16 big-endian", "UTF-16BE"),
        UTF16LE("UTF-16 little-endian", "UTF-16LE"),
        UTF32BE("UTF-32 big-endian", "UTF-32BE"),
        UTF32LE("UTF-32 little-endian", "UTF-32LE"),
        UCS4_UNUSUAL("UCS-4 in an unusual byte order (2143 or 3412)", null),
        EBCDIC("EBCDIC", "IBM037");

        private final String words;
        private final String charset;

        ByteEncoding(String words, String charset) {
            this.words = words;
            this.charset = charset;
        }

        public String words() {
            return words;
        }
    }

    /** A look at the prolog; see the record's description. */
    public static Prolog scan(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return asciiCompatible(b, 3, true);
        }
        int bomLength = startsWith(b, 0, 0, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0, 0) ? 4
                : startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE) ? 2 : 0;
        ByteEncoding family = family(b);
        if (family == ByteEncoding.ASCII_COMPATIBLE) {
            return asciiCompatible(b, 0, false);
        }
        return new Prolog(false, family, bomLength > 0, hex(b), declaredIn(b, bomLength, family), 0);
    }

    /**
     * Appendix F of XML 1.0: byte order marks and the bytes of {@code <?} in each encoding.
     * Beyond it, a zero byte among the first four is never UTF-8 XML (U+0000 is no XML
     * character) but the high byte of a UTF-16 or UTF-32 character, so a document without
     * BOM and declaration is recognised too.
     */
    private static ByteEncoding family(byte[] b) {
        if (startsWith(b, 0, 0, 0xFE, 0xFF) || startsWith(b, 0, 0, 0, 0x3C)) {
            return ByteEncoding.UTF32BE;
        }
        if (startsWith(b, 0xFF, 0xFE, 0, 0) || startsWith(b, 0x3C, 0, 0, 0)) {
            return ByteEncoding.UTF32LE;
        }
        if (startsWith(b, 0, 0, 0x3C, 0) || startsWith(b, 0, 0x3C, 0, 0)) {
            return ByteEncoding.UCS4_UNUSUAL;
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0, 0x3C, 0, 0x3F)) {
            return ByteEncoding.UTF16BE;
        }
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0x3C, 0, 0x3F, 0)) {
            return ByteEncoding.UTF16LE;
        }
        if (startsWith(b, 0x4C, 0x6F, 0xA7, 0x94)) {
            return ByteEncoding.EBCDIC;
        }
        int n = Math.min(4, b.length);
        boolean[] zero = new boolean[4];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            zero[i] = b[i] == 0;
            any |= zero[i];
        }
        if (!any) {
            return ByteEncoding.ASCII_COMPATIBLE;
        }
        if (zero[0] && zero[1]) {
            return ByteEncoding.UTF32BE;
        }
        if (n == 4 && zero[2] && zero[3]) {
            return ByteEncoding.UTF32LE;
        }
        return zero[0] || zero[2] ? ByteEncoding.UTF16BE : ByteEncoding.UTF16LE;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Prolog asciiCompatible(byte[] b, int start, boolean bom) {
        Scanner s = new Scanner(b, start);
        s.skipWhitespace();
        if (s.atEnd()) {
            return new Prolog(true, ByteEncoding.ASCII_COMPATIBLE, bom, hex(b), null, 0);
        }
        String encoding = null;
        if (s.startsWith("<?xml")) {
            int end = s.indexOf("?>");
            String decl = new String(b, s.pos, Math.max(0, (end < 0 ? Math.min(b.length, s.pos + 200) : end) - s.pos),
                    StandardCharsets.ISO_8859_1);
            encoding = declared(decl);
        }
        return new Prolog(false, ByteEncoding.ASCII_COMPATIBLE, bom, hex(b), encoding, s.findDoctypeLine());
    }

    /** The encoding a declaration in another encoding names, for the error text; null if none or unreadable. */
    private static String declaredIn(byte[] b, int from, ByteEncoding family) {
        if (family.charset == null || !Charset.isSupported(family.charset)) {
            return null;
        }
        int length = Math.max(0, Math.min(b.length - from, 1024));
        String head = new String(b, from, length, Charset.forName(family.charset)).stripLeading();
        if (!head.startsWith("<?xml")) {
            return null;
        }
        int end = head.indexOf("?>");
        return declared(end < 0 ? head : head.substring(0, end));
    }

    /** Every message pays for this, so no String.format (which parses its pattern each call). */
    private static String hex(byte[] b) {
        return FIRST_BYTES.formatHex(b, 0, Math.min(4, b.length));
    }

    private static final HexFormat FIRST_BYTES = HexFormat.ofDelimiter(" ").withUpperCase();

    private static String declared(String declaration) {
        Matcher m = ENCODING.matcher(declaration);
        return m.find() ? m.group(1) : null;
    }

    /** True when the document names no encoding (UTF-8 is then the XML default) or names UTF-8. */
    public boolean isUtf8() {
        return bytes == ByteEncoding.ASCII_COMPATIBLE
                && (encoding == null || encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8"));
    }

    /** Why this is not UTF-8, in words ending in "iJw messages must be UTF-8"; null when it is. */
    public String encodingProblem() {
        if (isUtf8()) {
            return null;
        }
        String declared = encoding == null ? "declares no encoding" : "declares encoding '" + encoding + "'";
        if (bytes == ByteEncoding.ASCII_COMPATIBLE) {
            return "File " + declared + "; iJw messages must be UTF-8";
        }
        String how = bom ? "starts with a " + bytes.words + " byte order mark"
                : "is in " + bytes.words + " (its first bytes " + firstBytes + " show it, no byte order mark)";
        return "File " + how + " and " + declared + "; iJw messages must be UTF-8";
    }

    /** Walks the prolog: XML declaration, comments, processing instructions and white space. */
    private static final class Scanner {
        private final byte[] b;
        private int pos;
        private int line = 1;

        Scanner(byte[] b, int pos) {
            this.b = b;
            this.pos = pos;
        }

        boolean atEnd() {
            return pos >= b.length;
        }

        void skipWhitespace() {
            while (pos < b.length && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\r' || b[pos] == '\n')) {
                if (b[pos] == '\n') {
                    line++;
                }
                pos++;
            }
        }

        boolean startsWith(String s) {
            if (pos + s.length() > b.length) {
                return false;
            }
            for (int k = 0; k < s.length(); k++) {
                if (b[pos + k] != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        int indexOf(String s) {
            for (int k = pos; k + s.length() <= b.length; k++) {
                boolean match = true;
                for (int j = 0; j < s.length() && match; j++) {
                    match = b[k + j] == s.charAt(j);
                }
                if (match) {
                    return k;
                }
            }
            return -1;
        }

        /** Skips to just after {@code end}, counting lines; false when it never comes. */
        boolean skipPast(String end) {
            int at = indexOf(end);
            if (at < 0) {
                return false;
            }
            for (int k = pos; k < at; k++) {
                if (b[k] == '\n') {
                    line++;
                }
            }
            pos = at + end.length();
            return true;
        }

        int findDoctypeLine() {
            while (true) {
                skipWhitespace();
                if (startsWith("<!DOCTYPE")) {
                    return line;
                }
                boolean skipped = startsWith("<!--") ? skipPast("-->") : startsWith("<?") && skipPast("?>");
                if (!skipped) {
                    return 0;
                }
            }
        }
    }
}
