package nl.ijw.gateway.rules.reference;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.Party;

/**
 * The contracted tariffs (TR418): per municipality, provider, product code and unit, a tariff
 * in eurocents valid over a period. The gateway ships none: {@link #NONE} checks nothing.
 * File format: {@code gemeente,aanbieder,productcode,eenheid,tarief[,ingangsdatum,einddatum]}, where
 * gemeente or aanbieder {@code *} matches any party, tarief is whole eurocents per unit and an
 * empty date is open; header line starting with {@code gemeente} optional.
 */
public final class TariffTable {

    public static final TariffTable NONE = new TariffTable(List.of());

    public record Entry(String gemeente, String aanbieder, String productCode, String eenheid, long tarief,
                        LocalDate from, LocalDate to) {

        boolean matches(Party g, Party a, String code, String unit, LocalDate day) {
            return ("*".equals(gemeente) || gemeente.equals(g.code()))
                    && ("*".equals(aanbieder) || aanbieder.equals(a.code()))
                    && productCode.equals(code) && eenheid.equals(unit)
                    && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    private final List<Entry> entries;

    public TariffTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static TariffTable load(Path file) {
        String name = file.toString();
        List<Entry> out = new ArrayList<>();
        for (CsvFile.Row row : CsvFile.read(file, "gemeente")) {
            for (int i = 0; i < 5; i++) {
                if (row.cell(i).isEmpty()) {
                    throw CsvFile.error(name, row, "gemeente, aanbieder, productcode, eenheid and tarief are required");
                }
            }
            long tarief;
            try {
                tarief = Long.parseLong(row.cell(4));
            } catch (NumberFormatException e) {
                throw CsvFile.error(name, row, "tarief must be whole eurocents: " + row.cell(4));
            }
            out.add(new Entry(row.cell(0), row.cell(1), row.cell(2), row.cell(3), tarief,
                    ProductList.date(name, row, 5), ProductList.date(name, row, 6)));
        }
        return new TariffTable(out);
    }

    public boolean isConfigured() {
        return !entries.isEmpty();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The tariff in force on {@code day}; the first matching line wins. */
    public Optional<Long> tariff(Party gemeente, Party aanbieder, String productCode, String eenheid, LocalDate day) {
        for (Entry e : entries) {
            if (e.matches(gemeente, aanbieder, productCode, eenheid, day)) {
                return Optional.of(e.tarief());
            }
        }
        return Optional.empty();
    }
}
