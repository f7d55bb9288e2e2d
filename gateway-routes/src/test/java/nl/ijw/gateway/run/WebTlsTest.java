package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.web.Tls;

/**
 * HTTPS with {@code http.tls.keystore} (a self-signed PKCS12 keystore made here with the JDK's
 * keytool, its password from the environment): pages and API answer over TLS, the session cookie is
 * Secure, HSTS is sent, and plain HTTP on that port gets no answer.
 */
class WebTlsTest {

    static final String PASSWORD = "test-keystore-secret";

    @Test
    void theMonitorServesOverTlsWithSecureCookies() throws Exception {
        Path keystore = keystore();
        try (LiveHarness live = new LiveHarness("web-tls", Map.of("web.users", WebUsers.write("tls").toString(),
                "http.tls.keystore", keystore.toString()), Clock.systemUTC(), Map.of("IJW_HTTP_TLS_PASSWORD", PASSWORD))) {
            WebClient c = new WebClient("https://localhost:" + live.gateway.httpPort(), Tls.trusting(keystore, PASSWORD));
            assertEquals(200, c.get("/health").statusCode());
            HttpResponse<String> login = c.login("kijker", "pw-kijker");
            assertEquals(303, login.statusCode(), login.body());
            String cookie = login.headers().allValues("Set-Cookie").stream().filter(s -> s.startsWith("ijw_session=")).findFirst().orElseThrow();
            assertTrue(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            HttpResponse<String> page = c.get("/traffic");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Strict-Transport-Security").isPresent());
            WebSecurityTest.assertHeaders(page);
            WebClient plain = new WebClient("http://localhost:" + live.gateway.httpPort());
            assertThrows(IOException.class, () -> plain.get("/health"), "no plain HTTP on the TLS port");
        }
    }

    @Test
    void aWrongKeystorePasswordRefusesTheStartInWords() throws Exception {
        Path keystore = keystore();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LiveHarness("web-tls-bad",
                Map.of("http.tls.keystore", keystore.toString()), Clock.systemUTC(), Map.of("IJW_HTTP_TLS_PASSWORD", "wrong")).close());
        assertTrue(e.getMessage().startsWith("http.tls.keystore " + keystore + " cannot be read (wrong password in IJW_HTTP_TLS_PASSWORD"),
                e.getMessage());
    }

    static Path keystore() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "live-tests"));
        Path ks = dir.resolve("tls-" + System.nanoTime() + ".p12").toAbsolutePath();
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "ijw", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "2", "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return ks;
    }
}
