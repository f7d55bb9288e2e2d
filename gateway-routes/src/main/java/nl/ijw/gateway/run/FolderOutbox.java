package nl.ijw.gateway.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import nl.ijw.gateway.dispatch.JsonProps;
import nl.ijw.gateway.dispatch.Properties;
import nl.ijw.gateway.store.Outbox;

/**
 * Writes outputs for {@code folder.outbox.parties} to {@code DIR/outbox/<party>/}, atomically: a
 * temporary name first, then a rename, so a reader never sees half a file. The name holds the
 * outbox row id, so a rewrite after a crash replaces the same file with the same bytes.
 */
final class FolderOutbox {

    private final Path root;

    FolderOutbox(Path root) {
        this.root = root;
    }

    void write(Outbox.Pending r) throws IOException {
        Map<String, String> p = JsonProps.read(r.propertiesJson());
        Path dir = Files.createDirectories(root.resolve(r.destination()));
        String name = String.format("%012d-%s-%s.xml", r.id(), p.getOrDefault(Properties.TYPE, "msg").toLowerCase(java.util.Locale.ROOT),
                p.getOrDefault(Properties.MESSAGE_ID, "").replaceAll("[^0-9A-Za-z_-]", "_"));
        Path tmp = dir.resolve("." + name + ".tmp");
        Files.write(tmp, r.payload());
        try {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
