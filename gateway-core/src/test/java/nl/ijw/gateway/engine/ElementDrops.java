package nl.ijw.gateway.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The variants of a message that lack exactly one element (with its subtree): one variant per
 * element of the document below the root, in document order.
 */
final class ElementDrops {

    /** A variant: the element it lacks (its path and place in document order) and its bytes. */
    record Variant(String dropped, int index, byte[] bytes) {
    }

    private ElementDrops() {
    }

    static List<Variant> of(byte[] message) {
        Document doc = parse(message);
        List<String> paths = new ArrayList<>();
        collect(doc.getDocumentElement(), "/" + doc.getDocumentElement().getLocalName(), paths);
        List<Variant> out = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            out.add(new Variant(paths.get(i), i, drop(message, i)));
        }
        return out;
    }

    /** The message without its {@code index}-th element below the root, in document order. */
    static byte[] drop(byte[] message, int index) {
        Document copy = parse(message);
        Element victim = nth(copy.getDocumentElement(), index);
        victim.getParentNode().removeChild(victim);
        return write(copy);
    }

    /** The message without the element at {@code localPath} below the root (e.g. DeclaratieAntwoord). */
    static byte[] without(byte[] message, String localPath) {
        Document doc = parse(message);
        Node n = at(doc, localPath);
        n.getParentNode().removeChild(n);
        return write(doc);
    }

    /** The message with the text of the element at {@code localPath} (e.g. Header/IdentificatieRetour) replaced. */
    static byte[] withText(byte[] message, String localPath, String text) {
        Document doc = parse(message);
        at(doc, localPath).setTextContent(text);
        return write(doc);
    }

    private static Node at(Document doc, String localPath) {
        Node n = doc.getDocumentElement();
        for (String step : localPath.split("/")) {
            n = child(n, step);
            if (n == null) {
                throw new IllegalArgumentException(localPath + " not in the message");
            }
        }
        return n;
    }

    private static Node child(Node parent, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals(localName)) {
                return e;
            }
        }
        return null;
    }

    private static void collect(Element parent, String path, List<String> into) {
        String last = null;
        int count = 0;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                count = e.getLocalName().equals(last) ? count + 1 : 1;
                last = e.getLocalName();
                String p = path + "/" + e.getLocalName() + (count > 1 ? "[" + count + "]" : "");
                into.add(p);
                collect(e, p, into);
            }
        }
    }

    /** The i-th element below the root in document order (the order {@link #collect} lists them). */
    private static Element nth(Element root, int index) {
        int[] left = {index};
        return find(root, left);
    }

    private static Element find(Element parent, int[] left) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                if (left[0]-- == 0) {
                    return e;
                }
                Element below = find(e, left);
                if (below != null) {
                    return below;
                }
            }
        }
        return null;
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException("sample does not parse", e);
        }
    }

    private static byte[] write(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
