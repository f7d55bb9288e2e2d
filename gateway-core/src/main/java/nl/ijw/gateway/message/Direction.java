package nl.ijw.gateway.message;

/** Who sends a message to whom. */
public enum Direction {
    /** Aanbieder (AGB code) to gemeente (CBS code). */
    PROVIDER_TO_MUNICIPALITY,
    /** Gemeente (CBS code) to aanbieder (AGB code). */
    MUNICIPALITY_TO_PROVIDER;

    public Direction reverse() {
        return this == PROVIDER_TO_MUNICIPALITY ? MUNICIPALITY_TO_PROVIDER : PROVIDER_TO_MUNICIPALITY;
    }
}
