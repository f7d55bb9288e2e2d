package nl.ijw.gateway.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import nl.ijw.gateway.monitor.Scope;
import nl.ijw.gateway.web.Role;
import nl.ijw.gateway.web.UsersFile;
import nl.ijw.gateway.web.WebUser;

/**
 * The demo's users file ({@code web.users}, format {@code name:role:scope:hash}, bcrypt): one user
 * per role and kind of scope, all with the password {@code demo}. It only ever replaces a file it
 * wrote itself (first line {@link #MARKER}); anyone else's users file is left alone.
 */
public final class DemoUsers {

    public static final String MARKER = "# ijw-gateway demo users: password 'demo' for each; do not use in production";
    public static final String PASSWORD = "demo";
    /** Low on purpose: the demo starts in seconds (production uses 12). */
    static final int COST = 6;

    /** One login: who, with which role and scope. */
    public record Login(String name, String role, String scope) {
    }

    private DemoUsers() {
    }

    /** The demo's users for a deployment with this municipality and this provider. */
    public static List<Login> logins(String municipality, String provider) {
        return List.of(new Login("demo", "privacy-officer", "*"), new Login("gemeente", "viewer", municipality),
                new Login("aanbieder", "viewer", provider), new Login("beheer", "operator", "*"));
    }

    /**
     * Writes the file (atomically) unless a users file that is not the demo's is there.
     *
     * @return true when written; false when another users file was kept
     */
    public static boolean write(Path file, List<Login> logins) throws IOException {
        if (Files.exists(file) && !isDemo(file)) {
            return false;
        }
        StringBuilder text = new StringBuilder(MARKER).append('\n');
        for (Login l : logins) {
            WebUser user = new WebUser(l.name(), Role.parse(l.role()), Scope.parse(l.scope()),
                    UsersFile.hash(PASSWORD.toCharArray(), COST));
            text.append(UsersFile.line(user)).append('\n');
        }
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static boolean isDemo(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(MARKER::equals).orElse(false);
        }
    }
}
