package nl.ijw.gateway.message;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a root namespace to the release and message type it identifies. Several releases can
 * sit side by side because every release has namespaces of its own.
 */
public final class MessageRegistry {

    private final Map<String, MessageKind> byNamespace;

    private MessageRegistry(Map<String, MessageKind> byNamespace) {
        this.byNamespace = Map.copyOf(byNamespace);
    }

    public static MessageRegistry of(Collection<Release> releases) {
        Map<String, MessageKind> map = new LinkedHashMap<>();
        for (Release r : releases) {
            for (MessageType t : MessageType.values()) {
                map.put(r.namespace(t), new MessageKind(r, t));
            }
        }
        return new MessageRegistry(map);
    }

    /** The registry of the releases this build supports. */
    public static MessageRegistry standard() {
        return of(List.of(Release.IJW_3_2));
    }

    public Optional<MessageKind> identify(String namespace) {
        return Optional.ofNullable(namespace).map(byNamespace::get);
    }

    /** Whether a namespace belongs to a supported message, e.g. for quick checks on the root element. */
    public boolean isKnown(String namespace) {
        return byNamespace.containsKey(namespace);
    }
}
