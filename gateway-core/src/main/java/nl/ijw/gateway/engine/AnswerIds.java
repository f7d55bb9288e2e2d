package nl.ijw.gateway.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The identity of an answer the gateway sends (IdentificatieRetour, or a JW325's Identificatie):
 * "GW" and ten base-36 characters of a digest of the receipt time, the input's digest and its
 * source. Known before the transaction, the same in every replay of a history, different for a
 * resend (another receipt time), and at most 12 characters as LDT_IdentificatieBericht allows.
 */
final class AnswerIds {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private AnswerIds() {
    }

    static String of(Receipt receipt, String inputSha256) {
        byte[] d = digest(receipt.receivedAt() + "|" + inputSha256 + "|" + receipt.sourceName());
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xFF);
        }
        v &= Long.MAX_VALUE;
        StringBuilder sb = new StringBuilder("GW");
        for (int i = 0; i < 10; i++) {
            sb.append(DIGITS.charAt((int) (v % 36)));
            v /= 36;
        }
        return sb.toString();
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
