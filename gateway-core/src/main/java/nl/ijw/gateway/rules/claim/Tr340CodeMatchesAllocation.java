package nl.ijw.gateway.rules.claim;

import java.util.Objects;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.store.Allocation;

/** TR340 (9340): when the allocation has a ProductCode, the prestatie claims that code. */
public final class Tr340CodeMatchesAllocation extends PrestatieRule {

    public Tr340CodeMatchesAllocation() {
        super("TR340", "9340");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Allocation a) {
        String code = a.product().code();
        return code != null && !code.isBlank() && !Objects.equals(code, p.product().code())
                ? "ProductCode " + p.product().code() + " differs from the allocated " + code
                : null;
    }
}
