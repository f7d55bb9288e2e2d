package nl.ijw.gateway.validation;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.message.Release;

/**
 * The JAXB context of the Java model generated from the project's schemas (one package per
 * message namespace). Building it is slow and it is thread-safe: make one and share it.
 */
public final class ModelBinding {

    private static final String MODEL_PACKAGE = "nl.ijw.gateway.model.v3_2.";

    private final JAXBContext context;

    private ModelBinding(JAXBContext context) {
        this.context = context;
    }

    public static ModelBinding ijw32() {
        String path = MODEL_PACKAGE + "basis:" + Arrays.stream(MessageType.values())
                .map(t -> MODEL_PACKAGE + t.key()).collect(Collectors.joining(":"));
        try {
            return new ModelBinding(JAXBContext.newInstance(path, ModelBinding.class.getClassLoader()));
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot build the iJw 3.2 JAXB context", e);
        }
    }

    /** A binding over another JAXB context (a test's model out of step with the schemas, say). */
    static ModelBinding of(JAXBContext context) {
        return new ModelBinding(context);
    }

    public boolean supports(Release release) {
        return Release.IJW_3_2.equals(release);
    }

    public JAXBContext context() {
        return context;
    }

    /** A lenient unmarshaller: the schema, not JAXB, decides validity, so binding never aborts on its own. */
    Unmarshaller newUnmarshaller() {
        try {
            Unmarshaller u = context.createUnmarshaller();
            u.setEventHandler(event -> true);
            return u;
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot create an unmarshaller", e);
        }
    }
}
