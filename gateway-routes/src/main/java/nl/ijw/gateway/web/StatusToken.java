package nl.ijw.gateway.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The token {@code status} sends to {@code /api/status}: written at each start to
 * {@code DATA/status-token}, readable by its owner only, so whoever may read the data folder may
 * ask the status, and nobody else without a login.
 */
public final class StatusToken {

    private StatusToken() {
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve("status-token");
    }

    /** The token of a gateway on this data folder, or null when it has none (not started, or not readable). */
    public static String read(Path dataDir) {
        try {
            return Files.readString(file(dataDir), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }
}
