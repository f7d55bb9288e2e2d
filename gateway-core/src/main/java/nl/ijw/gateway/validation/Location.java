package nl.ijw.gateway.validation;

/**
 * Where a finding points: 1-based line and column (0 when unknown) and an element path such
 * as {@code /Bericht/Client/StartProducten/StartProduct[2]/Begindatum} (empty when unknown).
 */
public record Location(int line, int column, String path) {

    public static final Location NONE = new Location(0, 0, "");

    public Location {
        path = path == null ? "" : path;
    }

    public static Location atLine(int line) {
        return new Location(line, 0, "");
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column + (path.isEmpty() ? "" : " " + path);
    }
}
