package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.cli.Main;

/** {@code send --wait} and {@code status} against a running gateway, through the command line. */
class SendStatusCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void sendWaitPrintsWhatCameBackAndStatusShowsIt() throws Exception {
        try (LiveHarness live = new LiveHarness("cli", Map.of())) {
            String port = "broker.port=" + live.config.brokerPort();
            Run sent = cli("send", "--wait", "-D", port, "../samples/messages/jw315.xml");
            assertEquals(0, sent.code(), sent.out() + sent.err());
            assertTrue(sent.out().contains("ijw.out.41836207: ANSWER JW316"), sent.out());
            assertTrue(sent.out().contains("ijw.out.0599: FORWARD JW315 AB2600087 ACCEPTED"), sent.out());

            Run bad = cli("send", "--wait", "-D", port, "../samples/invalid/plain-text.xml");
            assertEquals(1, bad.code(), bad.out() + bad.err());
            assertTrue(bad.out().contains("ijw.rejected: REJECTED"), bad.out());

            Run refused = cli("status", "--data", live.data.resolve("elsewhere").toString(), "-D", "http.port=" + live.gateway.httpPort());
            assertEquals(2, refused.code(), refused.out() + refused.err());
            assertTrue(refused.err().startsWith("error: refused: the gateway at http://localhost:"), refused.err());
            assertTrue(refused.err().contains("status-token does not exist)"), refused.err());
            Run status = cli("status", "--data", live.data.toString(), "-D", "http.port=" + live.gateway.httpPort());
            assertEquals(0, status.code(), status.out() + status.err());
            assertTrue(status.out().contains(" healthy: "), status.out());
            assertTrue(status.out().matches("(?s).*JW315 +ACCEPTED +1 +1.*"), status.out());
            Run json = cli("status", "--json", "--data", live.data.toString(), "-D", "http.port=" + live.gateway.httpPort());
            assertTrue(json.out().contains("\"outboxBacklog\""), json.out());

            Run folder = cli("send", "-D", port, "../samples/histories/clean-trajectory/messages");
            assertEquals(0, folder.code(), folder.out() + folder.err());
            assertEquals(14, folder.out().lines().filter(l -> l.startsWith("sent ")).count(), folder.out());
            assertTrue(folder.out().startsWith("sent ../samples/histories/clean-trajectory/messages/jw301.xml "), "in name order: " + folder.out());
        }
        Run gone = cli("status", "-D", "http.port=" + LiveHarness.freePort());
        assertEquals(2, gone.code());
        assertTrue(gone.err().startsWith("error: unreachable: no gateway answers at http://localhost:"), gone.err());
        assertTrue(gone.err().contains("is it running (./ijw-gateway run), and on that port?"), gone.err());
        int nobody = LiveHarness.freePort();
        java.nio.file.Path empty = java.nio.file.Files.createTempDirectory("send-empty");
        Run missing = cli("send", "-D", "broker.port=" + nobody, "../samples/messages/jw315.xml", "/no/such.xml",
                empty.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("error: FILE /no/such.xml: no such file or folder; check the path"), missing.err());
        assertTrue(missing.err().contains("error: FILE " + empty + ": a folder that holds no .xml file"), missing.err());
        assertTrue(missing.err().strip().endsWith("nothing was sent"), "checked before the broker: " + missing.err());
        assertEquals("", missing.out());
        Run unsent = cli("send", "-D", "broker.port=" + nobody, "../samples/messages/jw315.xml");
        assertEquals(2, unsent.code());
        assertEquals("error: cannot reach the broker at tcp://localhost:" + nobody + ": nothing answers there. Is the gateway"
                + " running (./ijw-gateway run), and does it listen on that port (broker.port, or broker.url for another"
                + " broker)?", unsent.err().strip());
    }
}
