package nl.ijw.gateway.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.sap.SapTracker;

/**
 * The package structure of gateway-core, read from the compiled classes: a class file names every
 * class it uses in its constant pool (as nl/ijw/gateway/...), comments and javadoc do not reach it.
 */
class PackageDependencyTest {

    private static final Pattern REFERENCE = Pattern.compile("nl/ijw/gateway/([a-z]+)/");

    @Test
    void sapDependsOnNeitherEngineNorReplay() throws Exception {
        Map<String, Set<String>> uses = usesByClass();
        List<String> wrong = new ArrayList<>();
        uses.forEach((cls, used) -> {
            if (cls.startsWith("sap/") && (used.contains("engine") || used.contains("replay"))) {
                wrong.add(cls + " uses " + used);
            }
        });
        assertTrue(uses.keySet().stream().anyMatch(c -> c.startsWith("sap/report/")), "the report classes were read");
        assertEquals(List.of(), wrong);
    }

    @Test
    void thePackagesOfCoreFormNoCycle() throws Exception {
        Map<String, Set<String>> graph = new TreeMap<>();
        usesByClass().forEach((cls, used) -> {
            String pkg = cls.substring(0, cls.indexOf('/'));
            used.stream().filter(u -> !u.equals(pkg)).forEach(u -> graph.computeIfAbsent(pkg, k -> new TreeSet<>()).add(u));
        });
        for (String start : graph.keySet()) {
            assertTrue(!reaches(graph, start, start, new TreeSet<>()), start + " depends on itself through " + graph);
        }
    }

    @Test
    void coreRendersNothing() throws Exception {
        List<String> rendering = new ArrayList<>();
        for (Path c : classFiles()) {
            String text = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            if (text.contains("org/apache/poi/") || text.contains("<!DOCTYPE html") || text.contains("<svg")
                    || text.contains("<table")) {
                rendering.add(root().relativize(c).toString());
            }
        }
        assertEquals(List.of(), rendering, "HTML, xlsx and CSV rendering belong in gateway-routes");
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(graph, next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    /** Per class (path below nl/ijw/gateway/), the top-level packages of nl.ijw.gateway it refers to. */
    private static Map<String, Set<String>> usesByClass() throws IOException, URISyntaxException {
        Map<String, Set<String>> uses = new TreeMap<>();
        Path base = root().resolve("nl/ijw/gateway");
        for (Path c : classFiles()) {
            if (!c.startsWith(base)) {
                continue;
            }
            Set<String> used = new TreeSet<>();
            Matcher m = REFERENCE.matcher(new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1));
            while (m.find()) {
                used.add(m.group(1));
            }
            uses.put(base.relativize(c).toString().replace('\\', '/'), used);
        }
        return uses;
    }

    private static List<Path> classFiles() throws IOException, URISyntaxException {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    /** gateway-core's compiled main classes (target/classes), not the test classes. */
    private static Path root() throws URISyntaxException {
        return Path.of(SapTracker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
