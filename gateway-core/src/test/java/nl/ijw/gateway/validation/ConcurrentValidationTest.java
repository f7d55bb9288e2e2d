package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** One validator shared by 8 threads gives each document the same result as a lone thread does. */
class ConcurrentValidationTest {

    /** What must not differ between runs: validity, type, header and every finding. */
    private static String digest(ValidationReport r) {
        return r.isValid() + "|" + r.messageKind() + "|" + r.header() + "|" + r.findings()
                + "|" + r.boundModel().map(m -> m.getClass().getName()).orElse("-");
    }

    @Test
    void eightThreadsAgreeWithSequentialResults() throws Exception {
        List<Path> files = new ArrayList<>(Samples.xmlFiles(Samples.MESSAGES));
        files.addAll(Samples.xmlFiles(Samples.INVALID));
        List<byte[]> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(Files.readAllBytes(f));
        }
        // A fresh validator, so the pool starts empty and the threads race to fill it.
        MessageValidator validator = MessageValidator.standard();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            expected.add(digest(validator.validate(inputs.get(i), files.get(i).toString())));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> tasks = Stream.iterate(0, t -> t + 1).limit(8)
                    .map(t -> (Callable<List<String>>) () -> runInOrderFrom(validator, files, inputs, t * 7))
                    .toList();
            for (Future<List<String>> f : pool.invokeAll(tasks)) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Validates every input 20 times, starting at a different offset per thread, results by index. */
    private static List<String> runInOrderFrom(MessageValidator v, List<Path> files, List<byte[]> inputs, int offset) {
        String[] results = new String[inputs.size()];
        for (int round = 0; round < 20; round++) {
            for (int k = 0; k < inputs.size(); k++) {
                int i = (k + offset) % inputs.size();
                String d = digest(v.validate(inputs.get(i), files.get(i).toString()));
                if (results[i] != null && !results[i].equals(d)) {
                    return List.of("unstable result for " + files.get(i));
                }
                results[i] = d;
            }
        }
        return List.of(results);
    }
}
