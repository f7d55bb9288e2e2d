package nl.ijw.gateway.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's sample messages (samples/ at the root of the checkout). */
final class Samples {

    static final Path ROOT = locate();
    static final Path MESSAGES = ROOT.resolve("messages");
    static final Path INVALID = ROOT.resolve("invalid");

    private Samples() {
    }

    private static Path locate() {
        return nl.ijw.gateway.testing.Samples.root();
    }

    static List<Path> xmlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
