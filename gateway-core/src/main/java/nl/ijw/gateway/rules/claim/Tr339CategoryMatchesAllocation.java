package nl.ijw.gateway.rules.claim;

import java.util.Objects;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/** TR339 (9339): when the allocation has a ProductCategorie, the prestatie claims that category. */
public final class Tr339CategoryMatchesAllocation extends PrestatieRule {

    public Tr339CategoryMatchesAllocation() {
        super("TR339", "9339");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Allocation a) {
        String cat = a.product().categorie();
        return cat != null && !cat.isBlank() && !Objects.equals(cat, p.product().categorie())
                ? "ProductCategorie " + p.product().categorie() + " differs from the allocated " + cat
                : null;
    }
}
