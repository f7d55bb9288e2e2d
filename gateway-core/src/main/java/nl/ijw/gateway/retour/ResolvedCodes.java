package nl.ijw.gateway.retour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The codes of a content placed on the answered message's Header and class elements. */
record ResolvedCodes(List<String> header, Map<Node, List<String>> byClass) {

    /**
     * @throws IllegalArgumentException when a path names no element of the message, or an element
     *                                  outside every class (such as {@code /Bericht} itself)
     */
    static ResolvedCodes resolve(Node root, List<ClassCode> classCodes, List<String> headerCodes,
                                 Predicate<Node> isClass) {
        Map<String, Node> byPath = new HashMap<>();
        root.forEach(n -> byPath.put(n.path, n));
        Node headerNode = root.child("Header").orElse(null);
        List<String> header = new ArrayList<>(headerCodes);
        Map<Node, List<String>> byClass = new LinkedHashMap<>();
        for (ClassCode cc : classCodes) {
            Node n = byPath.get(cc.classPath());
            if (n == null) {
                throw new IllegalArgumentException("no element " + cc.classPath() + " in the answered message");
            }
            if (headerNode != null && n.isWithin(headerNode)) {
                header.add(cc.retourCode());
                continue;
            }
            Node c = n;
            while (c != null && !isClass.test(c)) {
                c = c.parent;
            }
            if (c == null) {
                throw new IllegalArgumentException(cc.classPath() + " lies in no message class");
            }
            byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(cc.retourCode());
        }
        byClass.replaceAll((k, v) -> RetourCode.tidy(v));
        return new ResolvedCodes(RetourCode.tidy(header), byClass);
    }

    List<String> of(Node classNode) {
        return byClass.getOrDefault(classNode, List.of());
    }

    boolean anyClassRemark() {
        return byClass.values().stream().anyMatch(RetourCode::anyRemark);
    }
}
