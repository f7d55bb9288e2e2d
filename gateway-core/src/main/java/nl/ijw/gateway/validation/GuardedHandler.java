package nl.ijw.gateway.validation;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes SAX events on to the model binder, but never lets it break the parse: once binding
 * fails (it may on an invalid document) the binder is ignored and validation carries on. The
 * exception is kept: on a schema-valid document it is a finding (NO_MODEL), not a silent gap.
 * Written out per event, without lambdas, because it sits on the hot path.
 */
final class GuardedHandler implements ContentHandler {

    private final ContentHandler delegate;
    private Exception failure;

    GuardedHandler(ContentHandler delegate) {
        this.delegate = delegate;
    }

    boolean failed() {
        return failure != null;
    }

    /** The first exception the binder threw, or null. */
    Exception failure() {
        return failure;
    }

    private void fail(Exception e) {
        failure = e;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        if (failure != null) {
            return;
        }
        try {
            delegate.setDocumentLocator(locator);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void startDocument() {
        if (failure != null) {
            return;
        }
        try {
            delegate.startDocument();
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void endDocument() {
        if (failure != null) {
            return;
        }
        try {
            delegate.endDocument();
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        if (failure != null) {
            return;
        }
        try {
            delegate.startPrefixMapping(prefix, uri);
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) {
        if (failure != null) {
            return;
        }
        try {
            delegate.endPrefixMapping(prefix);
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (failure != null) {
            return;
        }
        try {
            delegate.startElement(uri, localName, qName, atts);
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (failure != null) {
            return;
        }
        try {
            delegate.endElement(uri, localName, qName);
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (failure != null) {
            return;
        }
        try {
            delegate.characters(ch, start, length);
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (failure != null) {
            return;
        }
        try {
            delegate.ignorableWhitespace(ch, start, length);
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void processingInstruction(String target, String data) {
        if (failure != null) {
            return;
        }
        try {
            delegate.processingInstruction(target, data);
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void skippedEntity(String name) {
        if (failure != null) {
            return;
        }
        try {
            delegate.skippedEntity(name);
        } catch (SAXException | RuntimeException e) {
            fail(e);
        }
    }
}
