package nl.ijw.gateway.validation;

/** Compiling schemas and building the JAXB context take a second: tests share one validator. */
final class SharedValidator {

    static final MessageValidator INSTANCE = MessageValidator.standard();

    private SharedValidator() {
    }
}
