package nl.ijw.gateway.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import nl.ijw.gateway.xml.SecureXml;

/**
 * Puts a line on findings that name an element by path but not by line, as the cross-message
 * rules do: they judge the bound model, which knows no lines. The line is that of the element at
 * the path; where the path matches several elements (a second product, a second prestatie), of
 * the one whose content holds the finding's ToewijzingNummer and referentie. Where that still
 * leaves more than one, or none, the line stays unknown (0): a wrong line would send a reader to
 * the wrong product. Parses only when a finding needs a line; one caller at a time (the engine's
 * writer), as its parser factory is not thread-safe.
 */
public final class ElementLines {

    private final SAXParserFactory factory = SecureXml.saxParserFactory();

    /** The findings, in the same order, with lines where they can be told. */
    public List<Finding> place(byte[] xml, List<Finding> findings) {
        Set<String> wanted = new HashSet<>();
        for (Finding f : findings) {
            if (needsLine(f)) {
                wanted.add(f.location().path());
            }
        }
        if (wanted.isEmpty()) {
            return findings;
        }
        List<Element> elements = elements(xml, wanted);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Element at = needsLine(f) ? only(elements, f) : null;
            out.add(at == null ? f : new Finding(f.ruleId(), f.severity(), f.layer(),
                    new Location(at.line, at.column, f.location().path()), f.retourCode(), f.text(), f.subject()));
        }
        return out;
    }

    private static boolean needsLine(Finding f) {
        return !f.location().isKnown() && !f.location().path().isEmpty();
    }

    /** The one element at the finding's path that holds its subject; null when not exactly one. */
    private static Element only(List<Element> elements, Finding f) {
        Element found = null;
        for (Element e : elements) {
            if (e.path.equals(f.location().path()) && e.holds(f.subject())) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** Every element at one of the wanted paths, with its line and the texts inside it. */
    private List<Element> elements(byte[] xml, Set<String> wanted) {
        Collector c = new Collector(wanted);
        try {
            XMLReader reader = SecureXml.newReader(factory);
            reader.setContentHandler(c);
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            return List.of(); // the message was read before; if not now, its lines stay unknown
        }
        return c.found;
    }

    private static final class Element {
        final String path;
        final int line;
        final int column;
        final Set<String> texts = new HashSet<>();

        Element(String path, int line, int column) {
            this.path = path;
            this.line = line;
            this.column = column;
        }

        boolean holds(Finding.Subject s) {
            return (s.toewijzingNummer() == null || texts.contains(s.toewijzingNummer()))
                    && (s.referentie() == null || texts.contains(s.referentie()));
        }
    }

    private static final class Collector extends DefaultHandler {
        private final Set<String> wanted;
        private final List<Element> found = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder path = new StringBuilder();
        private final Deque<Integer> lengths = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;

        Collector(Set<String> wanted) {
            this.wanted = wanted;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            lengths.push(path.length());
            path.append('/').append(localName);
            text.setLength(0);
            String p = path.toString();
            if (wanted.contains(p)) {
                Element e = new Element(p, locator == null ? 0 : locator.getLineNumber(),
                        locator == null ? 0 : locator.getColumnNumber());
                found.add(e);
                open.push(e);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String value = text.toString().strip();
            if (!value.isEmpty()) {
                for (Element e : open) {
                    e.texts.add(value);
                }
            }
            text.setLength(0);
            if (!open.isEmpty() && open.peek().path.contentEquals(path)) {
                open.pop();
            }
            path.setLength(lengths.pop());
        }
    }
}
