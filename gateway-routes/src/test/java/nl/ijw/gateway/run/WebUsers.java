package nl.ijw.gateway.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.ijw.gateway.monitor.Scope;
import nl.ijw.gateway.web.Role;
import nl.ijw.gateway.web.UsersFile;
import nl.ijw.gateway.web.WebUser;

/** The test users (bcrypt cost 4, passwords "pw-" + name): deployment admin, two providers, two municipalities, privacy officer. */
final class WebUsers {

    static final String PROVIDER_A = "41836207";
    static final String PROVIDER_B = "12345678";

    private WebUsers() {
    }

    static Path write(String name) throws IOException {
        Path f = Path.of("target", "live-tests", name + "-users-" + System.nanoTime() + ".txt");
        Files.createDirectories(f.getParent());
        add(f, "admin", Role.OPERATOR, "*");
        add(f, "kijker", Role.VIEWER, "*");
        add(f, "zorg-a", Role.VIEWER, PROVIDER_A);
        add(f, "ops-a", Role.OPERATOR, PROVIDER_A);
        add(f, "zorg-b", Role.VIEWER, PROVIDER_B);
        add(f, "rotterdam", Role.VIEWER, "0599");
        add(f, "amsterdam", Role.VIEWER, "0363");
        add(f, "privacy", Role.PRIVACY_OFFICER, "*");
        return f;
    }

    private static void add(Path f, String name, Role role, String scope) throws IOException {
        UsersFile.add(f, new WebUser(name, role, Scope.parse(scope), UsersFile.hash(("pw-" + name).toCharArray(), 4)));
    }
}
