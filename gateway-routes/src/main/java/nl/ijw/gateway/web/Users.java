package nl.ijw.gateway.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.ijw.gateway.text.Counts;

/**
 * The users file as the running gateway sees it: read at start (a bad line refuses the start), and
 * read again when it changes, so {@code web-user} takes effect without a restart. A file that turns
 * bad while running keeps the users it had, with a warning.
 */
final class Users {

    private static final Logger LOG = LoggerFactory.getLogger(Users.class);
    private final Path file;
    private Map<String, WebUser> users = Map.of();
    private FileTime read;

    Users(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            users = UsersFile.read(file);
            read = modified();
        } else {
            LOG.warn("no monitor users file {}: nobody can log in; add a user with ./ijw-gateway web-user", file);
        }
    }

    synchronized Optional<WebUser> find(String name) {
        FileTime now = modified();
        if (now != null && !now.equals(read)) {
            try {
                users = UsersFile.read(file);
                LOG.info("monitor users file {} read again: {}", file, Counts.of(users.size(), "user"));
            } catch (IllegalArgumentException e) {
                LOG.warn("monitor users file changed but is not valid, the previous users stay: {}", e.getMessage());
            }
            read = now;
        }
        return Optional.ofNullable(users.get(name));
    }

    private FileTime modified() {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        } catch (java.io.IOException e) {
            return read;
        }
    }
}
