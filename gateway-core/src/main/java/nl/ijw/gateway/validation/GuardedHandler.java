package nl.ijw.gateway.validation;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes SAX events on to the model binder, but never lets it break the parse: once binding
 * fails (it may on an invalid document) the binder is ignored and validation carries on.
 * Written out per event, without lambdas, because it sits on the hot path.
 */
final class GuardedHandler implements ContentHandler {

    private final ContentHandler delegate;
    private boolean failed;

    GuardedHandler(ContentHandler delegate) {
        this.delegate = delegate;
    }

    boolean failed() {
        return failed;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        if (failed) {
            return;
        }
        try {
            delegate.setDocumentLocator(locator);
        } catch (RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void startDocument() {
        if (failed) {
            return;
        }
        try {
            delegate.startDocument();
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void endDocument() {
        if (failed) {
            return;
        }
        try {
            delegate.endDocument();
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        if (failed) {
            return;
        }
        try {
            delegate.startPrefixMapping(prefix, uri);
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void endPrefixMapping(String prefix) {
        if (failed) {
            return;
        }
        try {
            delegate.endPrefixMapping(prefix);
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (failed) {
            return;
        }
        try {
            delegate.startElement(uri, localName, qName, atts);
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (failed) {
            return;
        }
        try {
            delegate.endElement(uri, localName, qName);
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (failed) {
            return;
        }
        try {
            delegate.characters(ch, start, length);
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (failed) {
            return;
        }
        try {
            delegate.ignorableWhitespace(ch, start, length);
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void processingInstruction(String target, String data) {
        if (failed) {
            return;
        }
        try {
            delegate.processingInstruction(target, data);
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public void skippedEntity(String name) {
        if (failed) {
            return;
        }
        try {
            delegate.skippedEntity(name);
        } catch (SAXException | RuntimeException e) {
            failed = true;
        }
    }
}
