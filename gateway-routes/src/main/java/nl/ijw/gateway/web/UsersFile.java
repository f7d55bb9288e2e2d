package nl.ijw.gateway.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

import nl.ijw.gateway.monitor.Scope;
import nl.ijw.gateway.text.Counts;

/**
 * The monitor's users: {@code name:role:scope:hash} per line (UTF-8), {@code #} comments and blank
 * lines ignored, the hash bcrypt. A bad line refuses the whole file with its line number and what
 * is wrong, never the hash.
 */
public final class UsersFile {

    public static final int COST = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private UsersFile() {
    }

    public static Map<String, WebUser> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the users file " + file + ": " + e.getMessage(), e);
        }
        Map<String, WebUser> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            WebUser u = parse(line, file, i + 1);
            if (users.put(u.name(), u) != null) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": user '" + u.name() + "' appears twice");
            }
        }
        return users;
    }

    static WebUser parse(String line, Path file, int number) {
        String[] p = line.split(":", 4);
        if (p.length != 4) {
            throw new IllegalArgumentException(file + " line " + number + ": expected name:role:scope:hash, found "
                    + Counts.of(p.length - 1, "colon"));
        }
        try {
            return new WebUser(p[0], Role.parse(p[1]), Scope.parse(p[2]), p[3]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
        }
    }

    /** The line for a user, as {@link #read} reads it. */
    public static String line(WebUser u) {
        return u.name() + ":" + u.role().code() + ":" + u.scope() + ":" + u.hash();
    }

    /** Appends a user; refuses a name already in the file. Creates the file owner-only where the file system allows. */
    public static void add(Path file, WebUser u) throws IOException {
        if (Files.exists(file) && read(file).containsKey(u.name())) {
            throw new IllegalArgumentException("user '" + u.name() + "' is already in " + file);
        }
        if (!Files.exists(file)) {
            OwnerOnly.create(file, "# ijw-gateway monitor users: name:role:scope:bcrypt-hash (docs/web.md)\n");
        }
        Files.writeString(file, line(u) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    public static String hash(char[] password, int cost) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password, salt, cost);
    }

    public static boolean matches(String hash, char[] password) {
        return OpenBSDBCrypt.checkPassword(hash, password);
    }
}
