package nl.ijw.gateway.xml;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parsers for hostile input: no DOCTYPE at all (so no entity expansion, internal or external),
 * no external DTDs or schemas fetched, no XInclude, and the JDK's secure-processing limits on.
 */
public final class SecureXml {

    private SecureXml() {
    }

    public static SAXParserFactory saxParserFactory() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser does not support the required security features", e);
        }
    }

    /** A namespace-aware reader that refuses DOCTYPEs and resolves no entity. */
    public static XMLReader newReader(SAXParserFactory factory) {
        try {
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setEntityResolver((publicId, systemId) -> {
                // Unreachable while DOCTYPEs are disallowed; refuse rather than fetch if that ever changes.
                throw new SAXException("External entity refused: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot create a secure XML reader", e);
        }
    }

    /**
     * A schema factory for compiling the gateway's own schema files: imports may be read from
     * local files and jars, never from the network; no DTD is ever read.
     */
    public static SchemaFactory schemaFactory() {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        } catch (SAXException e) {
            throw new IllegalStateException("Schema factory does not support the required security settings", e);
        }
        return f;
    }

    /** An empty input, for resolvers that must answer something. */
    public static InputSource emptySource() {
        return new InputSource(new StringReader(""));
    }
}
