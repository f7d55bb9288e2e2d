package nl.ijw.gateway.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.SystemFailure;
import nl.ijw.gateway.intake.Delivery;
import nl.ijw.gateway.intake.Digest;
import nl.ijw.gateway.intake.Intake;
import nl.ijw.gateway.intake.Taken;
import nl.ijw.gateway.privacy.Masking;
import nl.ijw.gateway.sap.SapTracker;

/**
 * The bean behind the inbox route: a complete file to the intake, keyed by its path in the inbox
 * and its SHA-256, then moved to {@code archive/yyyy/MM/dd/} (accepted) or
 * {@code rejected/yyyy/MM/dd/} beside {@code <name>.error.json}. A name already there gets a
 * {@code -1}, {@code -2}, ... before its extension: nothing is overwritten. A crash between the
 * commit and the move leaves the file in the inbox; picked up again, its key is known, so it is
 * only moved. Once moved, its key is freed: the same file dropped again later is a new delivery,
 * judged as a resend (TR056) as the queue judges one.
 */
public final class FolderIntake {

    private static final Logger LOG = LoggerFactory.getLogger("nl.ijw.gateway.run.messages");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Intake intake;
    private final Path data;
    private final Clock clock;

    FolderIntake(Intake intake, Path data, Clock clock) {
        this.intake = intake;
        this.data = data;
        this.clock = clock;
    }

    /** The delivery key of a file: its path in the inbox and its SHA-256. */
    static String key(String relative, byte[] bytes) {
        return "file:" + relative.replace('\\', '/') + ":" + Digest.sha256(bytes);
    }

    public void take(Exchange exchange) throws IOException {
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        Path inbox = data.resolve("inbox");
        String relative = inbox.relativize(file.toAbsolutePath().normalize()).toString();
        byte[] bytes = Files.readAllBytes(file);
        Delivery delivery = new Delivery(key(relative, bytes), Channel.FOLDER, "inbox/" + relative, null);
        Taken t = intake.take(bytes, delivery);
        boolean accepted = "ACCEPTED".equals(t.verdict());
        Path day = data.resolve(accepted ? "archive" : "rejected").resolve(clock.instant().atZone(SapTracker.AMSTERDAM).format(DAY));
        Path target = moveUnique(file, day.resolve(relative));
        if (!accepted) {
            // Written hidden, then renamed: whoever watches rejected/ never reads a half-written error file.
            Path error = target.resolveSibling(target.getFileName() + ".error.json");
            Path hidden = error.resolveSibling("." + error.getFileName() + ".tmp");
            Files.write(hidden, errorJson(relative, t));
            Files.move(hidden, error, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        LOG.info("{} (file {} -> {})", t.logLine(), relative, data.relativize(target));
        settle(delivery, t, relative);
    }

    private void settle(Delivery delivery, Taken t, String relative) {
        try {
            intake.settle(delivery, t.journalId());
        } catch (SystemFailure e) {
            LOG.warn("file {} is done (journal {}), but the store could not note it: the same file dropped again under"
                    + " the same name would be taken for this one, not judged as a resend ({})", relative, t.journalId(),
                    Masking.maskNineDigitNumbers(String.valueOf(e.getMessage())));
        }
    }

    /** Moves under the first free name: {@code name.xml}, {@code name-1.xml}, ... */
    static Path moveUnique(Path source, Path wanted) throws IOException {
        Files.createDirectories(wanted.getParent());
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 0; ; i++) {
            Path candidate = wanted.resolveSibling(i == 0 ? name : stem + "-" + i + ext);
            if (Files.exists(candidate) || Files.exists(candidate.resolveSibling(candidate.getFileName() + ".error.json"))) {
                continue;
            }
            try {
                return Files.move(source, candidate, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                return Files.move(source, candidate);
            } catch (FileAlreadyExistsException raced) {
                // someone else took the name: try the next
            }
        }
    }

    static byte[] errorJson(String relative, Taken t) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", relative.replace('\\', '/'));
        m.put("verdict", t.verdict());
        m.put("journalId", t.journalId());
        m.put("messageType", t.type());
        // Who sent it and to whom, as IjwSender/IjwReceiver on ijw.rejected say (a retour keeps its heen-message's header).
        m.put("sender", t.from());
        m.put("receiver", t.to());
        List<?> findings = JSON.readValue(t.findingsJson() == null ? "[]" : t.findingsJson(), List.class);
        m.put("findings", findings);
        m.put("summary", summary(findings));
        return (JSON.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * In plain words: one line per error, "line N, <path>: <rule> (retourcode C): <text>"; without
     * "line N" where the line is not known (0), without the path where there is none.
     */
    private static List<String> summary(List<?> findings) {
        return findings.stream().map(o -> (Map<?, ?>) o).filter(f -> "ERROR".equals(f.get("severity")))
                .map(f -> where(f) + f.get("rule")
                        + (f.get("retourCode") == null ? "" : " (retourcode " + f.get("retourCode") + ")") + ": " + f.get("text"))
                .toList();
    }

    private static String where(Map<?, ?> f) {
        String line = f.get("line") instanceof Number n && n.intValue() > 0 ? "line " + n : "";
        String path = f.get("path") instanceof String p ? p : "";
        String both = line.isEmpty() || path.isEmpty() ? line + path : line + ", " + path;
        return both.isEmpty() ? "" : both + ": ";
    }
}
