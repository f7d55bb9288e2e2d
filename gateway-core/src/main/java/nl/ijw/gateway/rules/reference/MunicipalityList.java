package nl.ijw.gateway.rules.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CBS municipality codes (TR378), code to name. The gateway ships the list in force on
 * 1 January 2026 ({@link #BUNDLED}); a file in the same format can replace it.
 * File format: {@code code,name}, one municipality a line, header line {@code code,name} optional.
 */
public final class MunicipalityList {

    public static final String BUNDLED = "reference/cbs-gemeenten.csv";

    private static final Pattern CODE = Pattern.compile("[0-9]{4}");

    private MunicipalityList() {
    }

    /** The list shipped with the gateway. */
    public static Map<String, String> bundled() {
        try (InputStream in = MunicipalityList.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUNDLED);
            }
            return parse(CsvFile.read(in, BUNDLED, "code"), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> load(Path file) {
        return parse(CsvFile.read(file, "code"), file.toString());
    }

    private static Map<String, String> parse(List<CsvFile.Row> rows, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CsvFile.Row row : rows) {
            String code = row.cell(0);
            if (!CODE.matcher(code).matches()) {
                throw CsvFile.error(name, row, "not a 4-digit municipality code: " + code);
            }
            out.put(code, row.cell(1));
        }
        return Map.copyOf(out);
    }
}
