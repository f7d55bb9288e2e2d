package nl.ijw.gateway.rules.reference;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The product codes in use (TR381): which ProductCode belongs to which ProductCategorie, and
 * when. The standard leaves the list to the municipality (national list or its own), so the
 * gateway ships none: {@link #NONE} checks nothing.
 * File format: {@code categorie,code[,ingangsdatum,einddatum]} with ISO dates, an empty date
 * meaning open; header line starting with {@code categorie} optional.
 */
public final class ProductList {

    public static final ProductList NONE = new ProductList(List.of());

    /** One allowed combination, valid from {@code from} to {@code to} (both inclusive, null = open). */
    public record Entry(String categorie, String code, LocalDate from, LocalDate to) {

        boolean validOn(LocalDate day) {
            return day == null || ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to)));
        }
    }

    private final List<Entry> entries;

    public ProductList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ProductList load(Path file) {
        String name = file.toString();
        List<Entry> out = new ArrayList<>();
        for (CsvFile.Row row : CsvFile.read(file, "categorie")) {
            if (row.cell(0).isEmpty() || row.cell(1).isEmpty()) {
                throw CsvFile.error(name, row, "categorie and code are required");
            }
            out.add(new Entry(row.cell(0), row.cell(1), date(name, row, 2), date(name, row, 3)));
        }
        return new ProductList(out);
    }

    static LocalDate date(String name, CsvFile.Row row, int i) {
        String v = row.cell(i);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            throw CsvFile.error(name, row, "not an ISO date: " + v);
        }
    }

    public boolean isConfigured() {
        return !entries.isEmpty();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether the code belongs to the category on that day (any day when {@code day} is null). */
    public boolean allows(String categorie, String code, LocalDate day) {
        for (Entry e : entries) {
            if (e.categorie().equals(categorie) && e.code().equals(code) && e.validOn(day)) {
                return true;
            }
        }
        return false;
    }
}
