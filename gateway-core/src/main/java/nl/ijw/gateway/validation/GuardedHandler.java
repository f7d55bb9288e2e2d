package nl.ijw.gateway.validation;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes SAX events on to the model binder, but never lets it break the parse: once binding
 * fails (it may on an invalid document) the binder is ignored and validation carries on.
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

    private interface Event {
        void run() throws SAXException;
    }

    private void pass(Event e) {
        if (failed) {
            return;
        }
        try {
            e.run();
        } catch (SAXException | RuntimeException ex) {
            failed = true;
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        pass(() -> delegate.setDocumentLocator(locator));
    }

    @Override
    public void startDocument() {
        pass(delegate::startDocument);
    }

    @Override
    public void endDocument() {
        pass(delegate::endDocument);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        pass(() -> delegate.startPrefixMapping(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) {
        pass(() -> delegate.endPrefixMapping(prefix));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        pass(() -> delegate.startElement(uri, localName, qName, atts));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        pass(() -> delegate.endElement(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        pass(() -> delegate.characters(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        pass(() -> delegate.ignorableWhitespace(ch, start, length));
    }

    @Override
    public void processingInstruction(String target, String data) {
        pass(() -> delegate.processingInstruction(target, data));
    }

    @Override
    public void skippedEntity(String name) {
        pass(() -> delegate.skippedEntity(name));
    }
}
