package nl.ijw.gateway.retour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** The general retourcodes (WJ001) the builders fill in themselves, and how code lists are tidied. */
public final class RetourCode {

    /** No remark on this message class. */
    public static final String NO_REMARK = "0200";
    /** Message rejected for technical reasons (here: it failed schema validation). */
    public static final String TECHNICAL_REJECTION = "0001";
    /** Message class not judged (e.g. the Prestaties of a rejected Client in a JW325). */
    public static final String NOT_JUDGED = "0233";
    /** JW325: the claim is granted in full. */
    public static final String FULLY_GRANTED = "8001";

    private RetourCode() {
    }

    /** Any code other than 0200 is a remark: an error code, 0001, or 0233 (not judged). */
    static boolean anyRemark(Collection<String> codes) {
        return codes.stream().anyMatch(c -> !c.equals(NO_REMARK));
    }

    /** Drops repeats, and 0200 next to a real remark (a class cannot be both fine and faulty). */
    static List<String> tidy(Collection<String> codes) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(codes));
        if (anyRemark(list)) {
            list.remove(NO_REMARK);
        }
        return List.copyOf(list);
    }

    /** The codes, or 0200 alone when there are none. */
    static List<String> orNoRemark(List<String> codes) {
        return codes.isEmpty() ? List.of(NO_REMARK) : codes;
    }
}
