package nl.ijw.gateway.domain;

/**
 * A product: categorie and code. An empty code is an aspecific allocation, both empty a generic
 * (budget) one.
 */
public record Product(String categorie, String code) {

    public static final Product NONE = new Product(null, null);

    public boolean isSpecific() {
        return code != null && !code.isEmpty();
    }
}
