package nl.ijw.gateway.xml;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap look at the bytes before the root element: byte order mark, declared encoding and any
 * DOCTYPE. This lets the gateway give a precise error (and never hand a DOCTYPE to a parser)
 * without parsing the document.
 *
 * @param blank          true when the input holds nothing but white space
 * @param utf16Bom       true when the input starts with a UTF-16 byte order mark
 * @param encoding       the encoding named in the XML declaration, or null when none is named
 * @param doctypeLine    1-based line of a DOCTYPE declaration, or 0 when there is none
 */
public record Prolog(boolean blank, boolean utf16Bom, String encoding, int doctypeLine) {

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    public static Prolog scan(byte[] b) {
        int i = 0;
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return new Prolog(false, true, null, 0);
        }
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            i = 3;
        }
        Scanner s = new Scanner(b, i);
        s.skipWhitespace();
        if (s.atEnd()) {
            return new Prolog(true, false, null, 0);
        }
        String encoding = null;
        if (s.startsWith("<?xml")) {
            int end = s.indexOf("?>");
            String decl = new String(b, s.pos, Math.max(0, (end < 0 ? Math.min(b.length, s.pos + 200) : end) - s.pos),
                    StandardCharsets.ISO_8859_1);
            Matcher m = ENCODING.matcher(decl);
            encoding = m.find() ? m.group(1) : null;
        }
        return new Prolog(false, false, encoding, s.findDoctypeLine());
    }

    /** True when the document names no encoding (UTF-8 is then the XML default) or names UTF-8. */
    public boolean isUtf8() {
        return !utf16Bom && (encoding == null || encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8"));
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
