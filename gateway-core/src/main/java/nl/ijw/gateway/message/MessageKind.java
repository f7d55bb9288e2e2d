package nl.ijw.gateway.message;

/** What a namespace identifies: one message type of one release. */
public record MessageKind(Release release, MessageType type) {
    @Override
    public String toString() {
        return type + " (" + release + ")";
    }
}
