package nl.ijw.gateway.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;

import nl.ijw.gateway.files.XmlFiles;

/**
 * Turns what went wrong into words for the user: what, which file and under which option it was
 * given, and what to do. The one place where exceptions become messages, so no command prints a
 * bare path or a Java exception name.
 *
 * <p>The gateway's own exceptions carry words already; they are kept as context, without the
 * raw text of their cause that many append ({@code "Cannot read x: " + e.getMessage()}), and the
 * cause (a file, database or date problem) is translated after them.
 */
public final class ErrorText {

    /** A path the user gave, and under which option or parameter label. */
    public record Input(String label, Path path) {
    }

    private ErrorText() {
    }

    public static String of(Throwable e, List<Input> inputs) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return outOfMemory();
            }
        }
        List<String> context = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String known = known(t, inputs, String.join(": ", context));
            if (known != null) {
                context.add(known);
                return labelled(String.join(": ", context), inputs);
            }
            if (ours(t) && t.getMessage() != null && !wrapsOnly(t)) {
                context.add(withoutCause(t));
            }
        }
        if (!context.isEmpty()) {
            return labelled(String.join(": ", context), inputs);
        }
        return "unexpected failure, a defect of the gateway (" + plain(e.getMessage())
                + "); please report it with the command you ran";
    }

    /** A folder (or file) below a given one that could not be read: which, under which option, and why. */
    static String unreadable(XmlFiles.Unreadable u, List<Input> inputs) {
        String why = of(u.cause(), inputs);
        String what = java.nio.file.Files.isDirectory(u.path()) ? "the folder " : "";
        return "cannot read " + what + (why.contains(u.path().toString()) ? why : file(u.path().toString(), inputs) + ": " + why);
    }

    /** The JVM's heap was too small: say how large it was and how to give more. */
    static String outOfMemory() {
        return outOfMemory(Runtime.getRuntime().maxMemory());
    }

    /** As {@link #outOfMemory()} for a heap of at most maxBytes: suggests twice as much, at least 1 GB. */
    static String outOfMemory(long maxBytes) {
        long mb = maxBytes >> 20;
        long gb = Math.max(1, (2 * mb + 1023) / 1024);
        return "out of memory: this Java's heap (at most " + mb + " MB) is too small for this; give it more, e.g."
                + " IJW_JAVA_OPTS=-Xmx" + gb + "g ./ijw-gateway ...";
    }

    /** Names the option a path was given with, where the text names the path but not the option. */
    private static String labelled(String text, List<Input> inputs) {
        for (Input in : inputs) {
            String path = in.path().toString();
            if (path.isEmpty() || text.contains(in.label() + " ")) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(^|\\s)" + java.util.regex.Pattern.quote(path) + "(?=$|[\\s:,;)])").matcher(text);
            // The same path given twice (--schemas X and PATH X) is named once, by the option the text names.
            if (m.find() && inputs.stream().noneMatch(o -> text.substring(0, m.start()).endsWith(o.label()))) {
                return text.substring(0, m.start()) + m.group(1) + in.label() + " " + path + text.substring(m.end());
            }
        }
        return text;
    }

    /** Thrown by the gateway's code (its message is written for people), not by a library. */
    private static boolean ours(Throwable t) {
        if (t.getClass().getName().startsWith("nl.ijw.gateway.")) {
            return true;
        }
        StackTraceElement[] stack = t.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().startsWith("nl.ijw.gateway.")
                && !(t instanceof NullPointerException) && !(t instanceof ClassCastException)
                && !(t instanceof IndexOutOfBoundsException) && !(t instanceof ArithmeticException);
    }

    /** {@code new RuntimeException(cause)}: its message is the cause's class name and text, nothing of its own. */
    private static boolean wrapsOnly(Throwable t) {
        return t.getCause() != null && t.getMessage().equals(t.getCause().toString());
    }

    private static String withoutCause(Throwable t) {
        String m = t.getMessage();
        Throwable c = t.getCause();
        if (c != null && c.getMessage() != null && m.endsWith(": " + c.getMessage())) {
            m = m.substring(0, m.length() - c.getMessage().length() - 2);
        }
        return m;
    }

    private static String known(Throwable t, List<Input> inputs, String context) {
        if (t instanceof UncheckedIOException u && !ours(u)) {
            return null; // its cause says it
        }
        if (t instanceof FileSystemException f && f.getFile() != null) {
            // When the gateway's own text names the file already, only the problem follows it.
            return context.contains(f.getFile()) ? fileProblem(f) : file(f.getFile(), inputs) + ": " + fileProblem(f);
        }
        if (t instanceof ZipException) {
            return "a file in the zip is damaged (its packed bytes cannot be unpacked); zip the history folder again,"
                    + " or give the folder itself";
        }
        if (t instanceof IOException io && !ours(io)) {
            String m = String.valueOf(io.getMessage());
            return m.equalsIgnoreCase("Is a directory") ? "a folder was given where a file is expected; give the file itself"
                    : "input/output error (" + plain(m) + ")";
        }
        if (t instanceof SQLException sql) {
            return database(sql);
        }
        if (t instanceof DateTimeParseException d) {
            return dateProblem(d.getParsedString(), d.getMessage());
        }
        if (t instanceof InvalidPathException p) {
            return "'" + p.getInput() + "' is not a valid path (" + plain(p.getReason()) + ")";
        }
        return null;
    }

    /** The file, and the option it was given with or lies under. */
    static String file(String file, List<Input> inputs) {
        Path p = absolute(file);
        Input best = null;
        for (Input in : inputs) {
            Path given = absolute(in.path().toString());
            if (p.startsWith(given) && (best == null || given.getNameCount() > absolute(best.path().toString()).getNameCount())) {
                best = in;
            }
        }
        if (best == null) {
            return file;
        }
        if (absolute(best.path().toString()).equals(p)) {
            return best.label() + " " + file;
        }
        return file + " (in " + best.label() + " " + best.path() + ")";
    }

    private static Path absolute(String file) {
        try {
            return Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private static String fileProblem(FileSystemException f) {
        if (f instanceof NoSuchFileException) {
            Path parent = absolute(f.getFile()).getParent();
            if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
                return "its folder " + parent + " does not exist; create it first, or give another path";
            }
            return "no such file or folder; check the path";
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied; check its permissions, or give another path";
        }
        if (f instanceof NotDirectoryException) {
            return "is a file, not a folder; give a folder";
        }
        if (f instanceof FileAlreadyExistsException) {
            return fileWhereFolder(f) ? "is a file, not a folder; give a folder (a new one, or an existing folder)"
                    : "already exists; remove it, or give another path";
        }
        if (f instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        String reason = String.valueOf(f.getReason());
        return switch (reason) {
            case "Is a directory" -> "is a folder where a file is expected";
            case "Not a directory" -> "a part of this path is a file where a folder is expected";
            case "Read-only file system" -> "the file system is read-only; give a path where files can be written";
            case "Permission denied", "Operation not permitted" -> "permission denied; check its permissions, or give another path";
            default -> plain(reason).toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Files.createDirectories reports a file standing where the folder should be as "already
     * exists", which sends the user to remove it; the file is there because a folder was meant.
     */
    private static boolean fileWhereFolder(FileSystemException f) {
        return !java.nio.file.Files.isDirectory(absolute(f.getFile()))
                && java.util.Arrays.stream(f.getStackTrace()).anyMatch(s -> s.getClassName().equals("java.nio.file.Files")
                        && s.getMethodName().startsWith("createDirector"));
    }

    /** H2's error codes (org.h2.api.ErrorCode) for what a user can act on. */
    private static String database(SQLException e) {
        return switch (e.getErrorCode()) {
            case 90020 -> "it is in use by a running gateway (or another command on the same data folder); stop that"
                    + " gateway first, or see its figures in the running gateway's web monitor (compliance, worklist,"
                    + " client timelines: docs/web.md), or work on a copy of the data folder";
            case 90013, 90146 -> "no database there; give a gateway data folder (one with db/ijw-gateway.mv.db)";
            case 90030 -> "the database file is damaged; restore it from a backup";
            case 90045, 90048 -> "the database file is not one this version of the gateway can read";
            case 28000 -> "the database refused the user name or password; check the database settings";
            case 90097 -> "the database is read-only";
            default -> "the database failed (" + plain(firstLine(e.getMessage())) + ")";
        };
    }

    static String dateProblem(String value, String detail) {
        return "'" + value + "' is not a valid date or time" + why(detail)
                + "; give an ISO-8601 date such as 2026-03-31, or a time such as 2026-03-31T09:15:00+02:00";
    }

    /** For an option that takes a day only (--from, --to, --start): a time would be refused as well. */
    static String dateOnlyProblem(String value, String detail) {
        return "'" + value + "' is not a valid date" + why(detail) + "; give it as yyyy-mm-dd, e.g. 2026-03-31";
    }

    private static String why(String detail) {
        String why = detail == null ? "" : detail.replaceFirst("^Text '.*' could not be parsed(: | at index \\d+)?", "");
        return why.isBlank() ? "" : " (" + plain(why) + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", ""); // H2's "[90020-224]" suffix
    }

    /** A library's text without Java class names in it. */
    static String plain(String s) {
        if (s == null || s.isBlank()) {
            return "no details";
        }
        return s.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z]\\w*)", "$1")
                .replaceAll("\\b\\w*(Exception|Error)\\b:?\\s*", "")
                .strip();
    }
}
