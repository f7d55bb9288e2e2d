package nl.ijw.gateway.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own samples folder, found upwards from where the tests run (module or project root). */
public final class Samples {

    private Samples() {
    }

    /** {@code samples/}. */
    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples/histories"))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/histories not found above " + Path.of("").toAbsolutePath());
    }

    /** {@code samples/histories/}. */
    public static Path histories() {
        return root().resolve("histories");
    }
}
