package nl.ijw.gateway.web;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS from a keystore file (PKCS12 or JKS, found by its content), its password from the environment. */
public final class Tls {

    private Tls() {
    }

    static SSLContext context(Path keystore, String password) {
        try {
            KeyStore ks = load(keystore, password);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, chars(password));
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(kmf.getKeyManagers(), null, null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("http.tls.keystore " + keystore + " has no usable key: " + e.getMessage(), e);
        }
    }

    /** A client context that trusts the certificates of this keystore (the {@code status} command on the same host). */
    public static SSLContext trusting(Path keystore, String password) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load(keystore, password));
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, tmf.getTrustManagers(), null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("http.tls.keystore " + keystore + " cannot be trusted: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path keystore, String password) throws GeneralSecurityException {
        try {
            return KeyStore.getInstance(keystore.toFile(), chars(password));
        } catch (IOException e) {
            throw new IllegalArgumentException("http.tls.keystore " + keystore + " cannot be read (wrong password in"
                    + " IJW_HTTP_TLS_PASSWORD, or not a keystore): " + e.getMessage(), e);
        }
    }

    private static char[] chars(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}
