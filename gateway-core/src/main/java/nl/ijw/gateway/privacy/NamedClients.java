package nl.ijw.gateway.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The BSNs a stored message names, read from its raw bytes (the state keeps no BSN of a rejected
 * message, and a journal entry is not parsed again to link it to a client). One place for the
 * timeline, the worklist and the signals, so all three link a message to the same client.
 */
public final class NamedClients {

    private static final Pattern BSN = Pattern.compile("<(?:[A-Za-z][\\w.-]*:)?Bsn>\\s*(\\d{9})\\s*</");

    private NamedClients() {
    }

    /** Every BSN the message names, sorted; empty for none or for unreadable bytes. */
    public static Set<String> in(byte[] xml) {
        Set<String> found = new TreeSet<>();
        if (xml == null) {
            return found;
        }
        Matcher m = BSN.matcher(new String(xml, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /**
     * The one client the message is about; empty when it names none or several (a claim covers
     * many clients): then no single client can be linked, and none is guessed.
     */
    public static Optional<String> single(byte[] xml) {
        Set<String> found = in(xml);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
