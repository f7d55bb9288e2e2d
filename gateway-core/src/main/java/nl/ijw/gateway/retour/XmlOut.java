package nl.ijw.gateway.retour;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Writes an outgoing iJw message: UTF-8, prefixes {@code jwNNN:} and {@code ijw:} and two-space
 * indentation like the sample messages. Elements of the answered message's namespace are written
 * in the outgoing message's namespace, basisschema elements stay as they are. A plain writer
 * rather than StAX or a Transformer: iJw has no attributes or mixed content, and this keeps the
 * output byte-for-byte predictable. One instance per message.
 */
final class XmlOut {

    private final StringBuilder sb = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();
    private final String messagePrefix;
    private final String basisNs;
    private final String sourceNs;
    private boolean lastWasStart;

    /**
     * @param sourceNs namespace of the message being answered; its elements are renamed into
     *                 {@code messageNs} when copied
     */
    XmlOut(String messageNs, String messagePrefix, String basisNs, String sourceNs) {
        this.messagePrefix = messagePrefix;
        this.basisNs = basisNs;
        this.sourceNs = sourceNs;
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append('<').append(messagePrefix).append(":Bericht xmlns:").append(messagePrefix).append("=\"")
                .append(messageNs).append("\" xmlns:ijw=\"").append(basisNs).append("\">");
        open.push(messagePrefix + ":Bericht");
        lastWasStart = true;
    }

    /** Opens an element of the outgoing message's own namespace. */
    XmlOut open(String name) {
        return openQ(messagePrefix + ":" + name);
    }

    XmlOut close() {
        String q = open.pop();
        if (!lastWasStart) {
            newline(open.size());
        }
        sb.append("</").append(q).append('>');
        lastWasStart = false;
        return this;
    }

    XmlOut leaf(String name, String text) {
        return leafQ(messagePrefix + ":" + name, text);
    }

    XmlOut basisLeaf(String name, String text) {
        return leafQ("ijw:" + name, text);
    }

    /** A {@code RetourCodes} element with one {@code RetourCode} per code. */
    XmlOut retourCodes(List<String> codes) {
        open("RetourCodes");
        codes.forEach(c -> leaf("RetourCode", c));
        return close();
    }

    /** Copies an element with everything below it, unchanged but for the namespace. */
    XmlOut copy(Node n) {
        if (n.isLeaf()) {
            return leafQ(qName(n), n.text());
        }
        openQ(qName(n));
        n.children.forEach(this::copy);
        return close();
    }

    /** Opens a copy of an element, so the caller can add to it (e.g. its RetourCodes) before closing. */
    XmlOut openCopy(Node n) {
        return openQ(qName(n));
    }

    byte[] toBytes() {
        if (open.size() != 1) {
            throw new IllegalStateException("unbalanced elements: " + open);
        }
        close();
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private XmlOut openQ(String q) {
        newline(open.size());
        sb.append('<').append(q).append('>');
        open.push(q);
        lastWasStart = true;
        return this;
    }

    private XmlOut leafQ(String q, String text) {
        newline(open.size());
        sb.append('<').append(q).append('>');
        escape(text);
        sb.append("</").append(q).append('>');
        lastWasStart = false;
        return this;
    }

    private String qName(Node n) {
        if (n.namespace.equals(sourceNs)) {
            return messagePrefix + ":" + n.name;
        }
        if (n.namespace.equals(basisNs)) {
            return "ijw:" + n.name;
        }
        // A schema-valid iJw message has no third namespace; refuse rather than guess a prefix.
        throw new IllegalStateException("element " + n.path + " in unexpected namespace " + n.namespace);
    }

    private void newline(int depth) {
        sb.append('\n');
        sb.append("  ".repeat(depth));
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }
}
