package nl.ijw.gateway.rules.inmessage;

import nl.ijw.gateway.domain.Period;
import nl.ijw.gateway.domain.Product;

/** "The same product" as TR302, TR386 and TR410 use it, and period overlap. */
final class ProductOverlap {

    private ProductOverlap() {
    }

    /**
     * Same category and, when both have one, the same code; a product without any category
     * (generic) is the same as any other. A code counts only within its category: a product is
     * the pair, and a regional code may recur in another category.
     */
    static boolean sameProduct(Product a, Product b) {
        if (isBlank(a.categorie()) || isBlank(b.categorie())) {
            return true;
        }
        if (!a.categorie().equals(b.categorie())) {
            return false;
        }
        return isBlank(a.code()) || isBlank(b.code()) || a.code().equals(b.code());
    }

    static boolean conflict(Product a, Period pa, Product b, Period pb) {
        return sameProduct(a, b) && pa.overlaps(pb);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
