package nl.ijw.gateway.web;

import java.util.regex.Pattern;

import nl.ijw.gateway.monitor.Scope;

/** One line of the users file. The hash never leaves this record in a text (toString hides it). */
public record WebUser(String name, Role role, Scope scope, String hash) {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public WebUser {
        checkName(name);
        if (!hash.matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}")) {
            throw new IllegalArgumentException("the password hash of '" + name + "' is not a bcrypt hash ($2y$...)");
        }
    }

    /** @throws IllegalArgumentException naming the rule, when {@code name} cannot be a user's name */
    public static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name '" + name + "' must be 1-64 of A-Z a-z 0-9 . _ @ -");
        }
    }

    @Override
    public String toString() {
        return name + " (" + role.code() + ", scope " + scope + ")";
    }
}
