package nl.ijw.gateway.rules.inmessage;

import nl.ijw.gateway.domain.Period;
import nl.ijw.gateway.domain.Product;

/** "The same product" as TR302, TR386 and TR410 use it, and period overlap. */
final class ProductOverlap {

    private ProductOverlap() {
    }

    /**
     * Same code when both have one; else the same category; a product without any category
     * (generic) is the same as any other.
     */
    static boolean sameProduct(Product a, Product b) {
        if (isBlank(a.categorie()) || isBlank(b.categorie())) {
            return true;
        }
        if (!isBlank(a.code()) && !isBlank(b.code())) {
            return a.code().equals(b.code());
        }
        return a.categorie().equals(b.categorie());
    }

    static boolean conflict(Product a, Period pa, Product b, Period pb) {
        return sameProduct(a, b) && pa.overlaps(pb);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
