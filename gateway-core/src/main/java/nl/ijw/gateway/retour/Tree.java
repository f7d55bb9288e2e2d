package nl.ijw.gateway.retour;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a message into {@link Node}s with the gateway's secure reader (no DOCTYPE, no entities).
 * Tolerant on purpose: on malformed input it keeps what it read, so the header of a truncated
 * or broken message can still answer it; {@link Node#closed} tells which parts were complete.
 *
 * @param root     the root element, or null when not even that was read
 * @param complete whether the whole document was well-formed
 */
record Tree(Node root, boolean complete) {

    /** The validator's default depth limit; deeper documents were refused anyway. */
    static final int MAX_DEPTH = 64;

    static Tree parse(byte[] xml, XMLReader reader) {
        Builder b = new Builder();
        reader.setContentHandler(b);
        reader.setErrorHandler(b);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
            return new Tree(b.root, b.root != null);
        } catch (SAXException | IOException | RuntimeException e) {
            return new Tree(b.root, false);
        }
    }

    /** The child of the root with this local name, if read. */
    Node top(String localName) {
        return root == null ? null : root.child(localName).orElse(null);
    }

    private static final class Builder extends DefaultHandler {
        Node root;
        Node current;
        int depth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new SAXException("nesting deeper than " + MAX_DEPTH);
            }
            Node n = new Node(uri, localName, current);
            if (current == null) {
                root = n;
            } else {
                current.children.add(n);
            }
            current = n;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            current.closed = true;
            current = current.parent;
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != null) {
                current.append(ch, start, length);
            }
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
