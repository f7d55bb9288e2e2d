package nl.ijw.gateway.rules;

import java.nio.file.Path;
import java.util.Set;

import nl.ijw.gateway.rules.reference.MunicipalityList;
import nl.ijw.gateway.rules.reference.ProductList;
import nl.ijw.gateway.rules.reference.TariffTable;

/**
 * Data the rules need that no message carries: which municipality codes exist (TR378), which
 * product codes belong to which category (TR381) and the contracted tariffs (TR418). Each part
 * that is empty means "not configured": its rule then checks nothing rather than reject everything.
 * {@link #NONE} configures nothing; {@link #defaults()} has the bundled CBS list and nothing else.
 *
 * @param allocationsComplete whether the store holds every allocation a start, stop or claim can
 *                            name (the gateway recorded from before the first one, or a history
 *                            holding all of them was replayed). Only then is an unknown allocation a
 *                            breach (TR019, TR338); otherwise it may predate the gateway's record, and
 *                            the rules say so instead of rejecting. Default false.
 */
public record RulesConfig(Set<String> gemeenteCodes, ProductList products, TariffTable tariffs,
                          boolean allocationsComplete) {

    public static final RulesConfig NONE = new RulesConfig(Set.of());

    public RulesConfig(Set<String> gemeenteCodes, ProductList products, TariffTable tariffs) {
        this(gemeenteCodes, products, tariffs, false);
    }

    public RulesConfig {
        gemeenteCodes = Set.copyOf(gemeenteCodes);
        products = products == null ? ProductList.NONE : products;
        tariffs = tariffs == null ? TariffTable.NONE : tariffs;
    }

    /** Only a municipality list; no product list, no tariffs. */
    public RulesConfig(Set<String> gemeenteCodes) {
        this(gemeenteCodes, ProductList.NONE, TariffTable.NONE);
    }

    /** The CBS municipality list shipped with the gateway; no product list, no tariffs. */
    public static RulesConfig defaults() {
        return new RulesConfig(MunicipalityList.bundled().keySet());
    }

    /**
     * Loads the rules' data from files; each argument may be null: no {@code gemeenten} file means the
     * bundled CBS list, no {@code products} or {@code tariffs} file means TR381 or TR418 checks nothing.
     */
    public static RulesConfig load(Path gemeenten, Path products, Path tariffs) {
        return new RulesConfig(
                (gemeenten == null ? MunicipalityList.bundled() : MunicipalityList.load(gemeenten)).keySet(),
                products == null ? ProductList.NONE : ProductList.load(products),
                tariffs == null ? TariffTable.NONE : TariffTable.load(tariffs));
    }

    public RulesConfig withGemeenteCodes(Set<String> codes) {
        return new RulesConfig(codes, products, tariffs, allocationsComplete);
    }

    public RulesConfig withProducts(ProductList list) {
        return new RulesConfig(gemeenteCodes, list, tariffs, allocationsComplete);
    }

    public RulesConfig withTariffs(TariffTable table) {
        return new RulesConfig(gemeenteCodes, products, table, allocationsComplete);
    }

    /** The same data, with the store said to hold (or not) every allocation. */
    public RulesConfig withAllocationsComplete(boolean complete) {
        return new RulesConfig(gemeenteCodes, products, tariffs, complete);
    }
}
