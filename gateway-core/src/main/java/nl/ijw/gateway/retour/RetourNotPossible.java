package nl.ijw.gateway.retour;

/**
 * No schema-valid answer can be built for a message, e.g. because its header cannot be read.
 * The message says why in one line, for the journal (it never holds a BSN).
 */
public final class RetourNotPossible extends Exception {

    private static final long serialVersionUID = 1L;

    public RetourNotPossible(String reason) {
        super(reason);
    }
}
