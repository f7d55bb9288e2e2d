package nl.ijw.gateway.retour;

/**
 * An amount in euro cents with its sign: debit (D) positive, credit (C) negative. iJw writes
 * amounts unsigned with a DebetCredit indicator; adding them up needs the sign.
 */
record Amount(long cents) {

    static final Amount ZERO = new Amount(0);

    /** Reads e.g. {@code IngediendBedrag} (Bedrag, DebetCredit) or {@code TotaalIngediendBedrag} (TotaalBedrag, DebetCredit). */
    static Amount of(Node amount, String valueElement) {
        long value = Long.parseLong(amount.childText(valueElement));
        return new Amount("C".equals(amount.childText("DebetCredit")) ? -value : value);
    }

    Amount minus(Amount other) {
        return new Amount(Math.subtractExact(cents, other.cents));
    }

    /** Writes the amount as iJw does: the absolute value, then D, or C when negative (zero is D). */
    void write(XmlOut out, String element, String valueElement) {
        out.open(element).basisLeaf(valueElement, Long.toString(Math.abs(cents)))
                .basisLeaf("DebetCredit", cents < 0 ? "C" : "D").close();
    }
}
