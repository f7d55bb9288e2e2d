package nl.ijw.gateway.validation;

/** The validation steps, in the order they run. A fatal step stops the later ones. */
public enum Layer {
    /** Checks on the raw bytes: size, emptiness, encoding, DOCTYPE. */
    INPUT,
    /** Well-formed XML within the depth limit. */
    PARSE,
    /** The root namespace names a known release and message type. */
    IDENTIFY,
    /** The message's XML Schema. */
    SCHEMA,
    /** The standard's technical rules (cross-message and in-message). */
    RULES
}
