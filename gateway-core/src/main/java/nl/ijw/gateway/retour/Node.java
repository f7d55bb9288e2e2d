package nl.ijw.gateway.retour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One element of a parsed message: just what a retour needs to copy it (namespace, name, text,
 * children) and to find it again (its element path, numbered like the validator numbers it).
 * Mutable only while {@link Tree} builds it.
 */
final class Node {

    final String namespace;
    final String name;
    final String path;
    final Node parent;
    /** 1-based position among directly preceding siblings of the same name. */
    final int index;
    final List<Node> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** Whether the end tag was read: a truncated document leaves the open elements unclosed. */
    boolean closed;

    Node(String namespace, String name, Node parent) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
        this.parent = parent;
        Node last = parent == null || parent.children.isEmpty() ? null : parent.children.get(parent.children.size() - 1);
        this.index = last != null && last.name.equals(name) ? last.index + 1 : 1;
        // Same scheme as the validator's element paths: "[n]" only from the second repeat on.
        this.path = (parent == null ? "" : parent.path) + "/" + name + (index > 1 ? "[" + index + "]" : "");
    }

    void append(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    /** Character data as read; only meaningful for leaves (iJw has no mixed content). */
    String text() {
        return text.toString();
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    Optional<Node> child(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).findFirst();
    }

    List<Node> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** Trimmed text of a child, or null when the child is absent or blank. */
    String childText(String localName) {
        return child(localName).map(c -> c.text().trim()).filter(s -> !s.isEmpty()).orElse(null);
    }

    boolean isWithin(Node ancestor) {
        for (Node n = this; n != null; n = n.parent) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    void forEach(Consumer<Node> action) {
        action.accept(this);
        children.forEach(c -> c.forEach(action));
    }
}
