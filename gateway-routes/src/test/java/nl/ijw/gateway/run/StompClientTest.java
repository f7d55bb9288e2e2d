package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A non-Java client: STOMP 1.2 frames over a plain socket, on the same acceptor as JMS. Sends a
 * JW305 on ijw.in and receives its JW306 from ijw.out.<provider>.
 */
class StompClientTest {

    @Test
    void stompClientSendsAndReceives() throws Exception {
        try (LiveHarness live = new LiveHarness("stomp", Map.of());
             Socket socket = new Socket("localhost", live.config.brokerPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            frame(out, "CONNECT\naccept-version:1.2\nhost:localhost\n\n");
            String connected = read(in);
            assertTrue(connected.startsWith("CONNECTED"), connected);

            frame(out, "SUBSCRIBE\nid:1\ndestination:ijw.out.41836207\nsubscription-type:ANYCAST\n"
                    + "selector:IjwInReplyTo = 'STOMP0001'\nack:auto\n\n");
            byte[] jw305 = LiveHarness.withId(LiveHarness.sample("messages/jw305.xml"), "AB2600102", "STOMP0001");
            // persistent:true, or STOMP sends are non-durable (docs/messaging.md).
            ByteArrayOutputStream send = new ByteArrayOutputStream();
            send.write(("SEND\ndestination:ijw.in\ndestination-type:ANYCAST\npersistent:true\ncontent-type:application/xml\n"
                    + "content-length:" + jw305.length + "\n\n").getBytes(StandardCharsets.UTF_8));
            send.write(jw305);
            send.write(0);
            out.write(send.toByteArray());
            out.flush();

            String message = read(in);
            assertTrue(message.startsWith("MESSAGE"), message);
            assertTrue(message.contains("IjwMessageType:JW306"), message);
            assertTrue(message.contains("<jw306:Bericht"), message);
            frame(out, "DISCONNECT\n\n");
        }
    }

    private static void frame(OutputStream out, String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.flush();
    }

    /** One frame, up to its NUL; heart-beat newlines between frames are skipped. */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) == '\n' || c == '\r') {
            // heart-beat
        }
        while (c != 0) {
            if (c < 0) {
                throw new IOException("connection closed after " + b);
            }
            b.write(c);
            c = in.read();
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
