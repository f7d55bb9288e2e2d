package nl.ijw.gateway.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading the Cookie header, and the attributes every cookie of the monitor gets. */
final class Cookies {

    private Cookies() {
    }

    static Map<String, String> parse(String header) {
        Map<String, String> m = new LinkedHashMap<>();
        if (header == null) {
            return m;
        }
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        return m;
    }

    /** HttpOnly, SameSite=Strict, Secure behind TLS; a session cookie (no Max-Age): gone when the browser closes. */
    static String strict(String name, String value, String path, boolean secure) {
        return name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static String expired(String name, String path, boolean secure) {
        return name + "=; Path=" + path + "; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
