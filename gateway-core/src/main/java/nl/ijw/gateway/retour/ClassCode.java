package nl.ijw.gateway.retour;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import nl.ijw.gateway.validation.Finding;

/**
 * A retourcode for one message class of the answered message.
 *
 * @param classPath  element path of the class in the answered message, exactly as validation and
 *                   the domain view write it: {@code /Bericht/Client},
 *                   {@code /Bericht/Client/StartProducten/StartProduct[2]} ({@code [n]} only from
 *                   n = 2 on; a {@code [1]} is tolerated). A path below a class, such as a
 *                   finding's {@code .../StartProduct[2]/Begindatum}, counts for the innermost
 *                   class around it; a path in the Header counts for the Header.
 * @param retourCode a WJ001 code such as {@code 9063}
 */
public record ClassCode(String classPath, String retourCode) {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}");

    public ClassCode {
        Objects.requireNonNull(classPath, "classPath");
        Objects.requireNonNull(retourCode, "retourCode");
        if (!classPath.startsWith("/Bericht/")) {
            throw new IllegalArgumentException("class path must start with /Bericht/: " + classPath);
        }
        if (!CODE.matcher(retourCode).matches()) {
            throw new IllegalArgumentException("retourcode must be four digits or capitals: " + retourCode);
        }
        classPath = classPath.replace("[1]", "");
    }

    /** Class and header codes taken from findings; see {@link #split(List)}. */
    record Split(List<ClassCode> classCodes, List<String> headerCodes) {
    }

    /**
     * Places the error findings of a report (validation and rules) as retourcodes: on the class
     * their element path lies in, or on the Header when they have no path below {@code /Bericht}
     * or their code is 0001, which IV028 puts on the Header alone (a technical rejection is never
     * a class remark). Findings that are not errors, or have no retourcode, are left out.
     */
    static Split split(List<Finding> findings) {
        List<ClassCode> classes = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.isError() || f.retourCode() == null) {
                continue;
            }
            String path = f.location().path();
            if (path.startsWith("/Bericht/") && !f.retourCode().equals(RetourCode.TECHNICAL_REJECTION)) {
                classes.add(new ClassCode(path, f.retourCode()));
            } else {
                header.add(f.retourCode());
            }
        }
        return new Split(classes, header);
    }

    static void checkCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("retourcode must be four digits or capitals: " + code);
        }
    }
}
