package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in samples/invalid fails with the first error recorded in expected.csv. */
class InvalidSamplesTest {

    record Expected(String file, String code, String line, String element, String contains) {
        static Expected parse(String csvLine) {
            String[] f = csvLine.split(",", -1);
            return new Expected(f[0], f[1], f[2], f[3], f[4]);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Expected> expectations() throws IOException {
        return Files.readAllLines(Samples.INVALID.resolve("expected.csv")).stream()
                .skip(1).filter(l -> !l.isBlank()).map(Expected::parse).toList();
    }

    @Test
    void everyInvalidFileHasAnExpectationAndThereAreEnough() throws IOException {
        Set<String> listed = expectations().stream().map(Expected::file).collect(Collectors.toSet());
        Set<String> present = Samples.xmlFiles(Samples.INVALID).stream()
                .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(present, listed);
        assertTrue(listed.size() >= 30, "at least 30 invalid samples, found " + listed.size());
        Set<String> kinds = expectations().stream().map(Expected::code).collect(Collectors.toSet());
        assertEquals(Set.of("EMPTY", "NOT_XML", "ENCODING", "DOCTYPE", "TOO_DEEP", "UNKNOWN_NAMESPACE", "SCHEMA"), kinds);
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void failsWithTheExpectedFirstError(Expected e) throws IOException {
        Path file = Samples.INVALID.resolve(e.file());
        ValidationReport r = SharedValidator.INSTANCE.validate(file);

        assertFalse(r.isValid(), e.file() + " should be invalid");
        assertEquals(AcceptRecommendation.REJECT, AcceptRecommendation.of(r));
        Finding first = r.firstError().orElseThrow();
        assertEquals(e.code(), first.ruleId(), () -> e.file() + ": " + first);
        assertEquals("0001", first.retourCode());
        if (!e.line().isEmpty()) {
            assertEquals(Integer.parseInt(e.line()), first.location().line(), () -> e.file() + ": " + first);
        }
        if (!e.element().isEmpty()) {
            assertEquals(e.element(), lastElement(first.location().path()), () -> e.file() + ": " + first);
        }
        assertTrue(first.text().contains(e.contains()), () -> e.file() + ": '" + first.text() + "' lacks '" + e.contains() + "'");
        assertLaterLayersSkipped(r, first.layer());
    }

    /** A fatal layer stops the rest: later layers are reported as skipped, not as passed. */
    private static void assertLaterLayersSkipped(ValidationReport r, Layer failed) {
        for (LayerResult l : r.layers()) {
            if (l.layer().ordinal() > failed.ordinal() && failed != Layer.SCHEMA) {
                assertEquals(LayerStatus.SKIPPED, l.status(), l.layer() + " after " + failed);
            }
        }
    }

    private static String lastElement(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
