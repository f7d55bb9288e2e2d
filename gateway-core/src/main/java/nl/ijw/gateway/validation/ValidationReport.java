package nl.ijw.gateway.validation;

import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.message.MessageKind;

/**
 * Everything validation learned about one input: the layers in order with their findings, the
 * identified message kind and header, and the bound model when the message is valid. Stamped
 * with the schema set it was checked against. "Valid" is a fact; whether to accept the message
 * is decided elsewhere ({@link AcceptRecommendation}).
 */
public record ValidationReport(String source, long size, String schemaVersion, MessageKind kind,
                               MessageHeader header, List<LayerResult> layers, Object model) {

    public ValidationReport {
        layers = List.copyOf(layers);
        header = header == null ? MessageHeader.EMPTY : header;
    }

    public Optional<MessageKind> messageKind() {
        return Optional.ofNullable(kind);
    }

    /** The JAXB root object (e.g. {@code nl.ijw.gateway.model.v3_2.jw305.Root}) of a valid message. */
    public Optional<Object> boundModel() {
        return Optional.ofNullable(model);
    }

    public List<Finding> findings() {
        return layers.stream().flatMap(l -> l.findings().stream()).toList();
    }

    public boolean isValid() {
        for (LayerResult l : layers) {
            if (l.status() == LayerStatus.FAILED) {
                return false;
            }
        }
        return true;
    }

    public Optional<Finding> firstError() {
        return findings().stream().filter(Finding::isError).findFirst();
    }

    public LayerResult layer(Layer layer) {
        return layers.stream().filter(l -> l.layer() == layer).findFirst()
                .orElse(LayerResult.skipped(layer));
    }
}
