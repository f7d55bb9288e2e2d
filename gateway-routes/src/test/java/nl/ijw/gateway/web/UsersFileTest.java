package nl.ijw.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.monitor.Scope;

/** The users file: its format, bcrypt, refusal of bad lines with line number and without the hash. */
class UsersFileTest {

    @TempDir
    Path tmp;

    @Test
    void addedUsersReadBackAndTheirPasswordsCheck() throws Exception {
        Path f = tmp.resolve("users.txt");
        UsersFile.add(f, new WebUser("gemeente-utrecht", Role.VIEWER, Scope.parse("0344"), UsersFile.hash("geheim1".toCharArray(), 4)));
        UsersFile.add(f, new WebUser("zorg-a", Role.OPERATOR, Scope.parse("41836207"), UsersFile.hash("geheim2".toCharArray(), 4)));
        Map<String, WebUser> users = UsersFile.read(f);
        assertEquals(2, users.size());
        WebUser u = users.get("gemeente-utrecht");
        assertEquals(Role.VIEWER, u.role());
        assertEquals("0344", u.scope().toString());
        assertTrue(u.hash().startsWith("$2y$04$"), u.hash());
        assertTrue(UsersFile.matches(u.hash(), "geheim1".toCharArray()));
        assertFalse(UsersFile.matches(u.hash(), "geheim2".toCharArray()));
        assertFalse(u.toString().contains("$2y$"), "toString hides the hash");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertTrue(Files.readString(f).startsWith("# "), "a comment line explains the format");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> UsersFile.add(f, u));
        assertEquals("user 'gemeente-utrecht' is already in " + f, twice.getMessage());
    }

    @Test
    void aBadLineIsRefusedWithItsNumberAndWhatIsWrongButNeverTheHash() throws Exception {
        String hash = UsersFile.hash("x".toCharArray(), 4);
        assertRefused("ok:viewer:*:" + hash + "\n\n# comment\nbad:admin:*:" + hash, "line 4: role 'admin' is not one of viewer, operator, privacy-officer");
        assertRefused("a:viewer:12:" + hash, "line 1: scope: '12' is neither a 4-digit municipality code nor an 8-digit AGB code (or use '*')");
        assertRefused("a:viewer:*:plaintext", "line 1: the password hash of 'a' is not a bcrypt hash ($2y$...)");
        assertRefused("a b:viewer:*:" + hash, "line 1: user name 'a b' must be 1-64 of A-Z a-z 0-9 . _ @ -");
        assertRefused("a:viewer", "line 1: expected name:role:scope:hash, found 1 colon");
        assertRefused("a:viewer:*", "line 1: expected name:role:scope:hash, found 2 colons");
        assertRefused("a:viewer:*:" + hash + "\na:operator:*:" + hash, "line 2: user 'a' appears twice");
    }

    private void assertRefused(String text, String expected) throws Exception {
        Path f = tmp.resolve("bad-" + System.nanoTime() + ".txt");
        Files.writeString(f, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UsersFile.read(f));
        assertEquals(f + " " + expected, e.getMessage());
        assertFalse(e.getMessage().contains("$2y$04$"), "never the hash: " + e.getMessage());
    }
}
