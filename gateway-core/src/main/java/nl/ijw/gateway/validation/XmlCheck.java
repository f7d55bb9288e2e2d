package nl.ijw.gateway.validation;

/** The rule ids of the checks below the standard's own rules, each in its layer. */
public enum XmlCheck {
    /** Larger than the size limit (OP179: 25 MB by default). */
    TOO_LARGE(Layer.INPUT),
    /** No bytes, or only white space. */
    EMPTY(Layer.INPUT),
    /**
     * Not UTF-8: UTF-16, UTF-32 or EBCDIC as the first bytes show (with or without byte order mark or
     * declaration), another declared encoding (INPUT), or bytes that are not UTF-8 (found in PARSE).
     */
    ENCODING(Layer.INPUT),
    /** A document type declaration: never allowed, so no entity is ever expanded or fetched. */
    DOCTYPE(Layer.INPUT),
    /** Not well-formed XML. */
    NOT_XML(Layer.PARSE),
    /** Elements nested deeper than the depth limit. */
    TOO_DEEP(Layer.PARSE),
    /** An element's text longer than the text limit (no iJw field comes near it). */
    TEXT_TOO_LONG(Layer.PARSE),
    /** The root element's namespace is not that of a supported iJw message. */
    UNKNOWN_NAMESPACE(Layer.IDENTIFY),
    /** The message does not conform to its XML Schema. */
    SCHEMA(Layer.SCHEMA),
    /**
     * Schema-valid, but not bound to the model the gateway judges messages by: binding failed
     * (a model out of step with the schemas), or there is no model for its release.
     */
    NO_MODEL(Layer.SCHEMA);

    private final Layer layer;

    XmlCheck(Layer layer) {
        this.layer = layer;
    }

    public Layer layer() {
        return layer;
    }
}
