package nl.ijw.gateway.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English of a client timeline's events and the access log's "what was viewed", as gateway-core
 * used to hand them to the pages: a Dutch page must show none of it. iJw element names
 * (ToewijzingNummer, ReferentieAanbieder) and message codes are the same in both and not listed.
 */
public final class EnglishWords {

    private static final Pattern ENGLISH = Pattern.compile("\\b(request|answer|allocation|start of|stop of|claim|line|debit"
            + "|cents|due|on time|LATE|OVERDUE|WARNING|awaited|not due yet|no start yet|expected by|met \\(|cancelled"
            + "|working days?|arrived|names this client|refused|unreadable|rejected|failed|withdrawn|open end|later deleted"
            + "|journal entry|client timeline|search by)\\b");

    private EnglishWords() {
    }

    /** The English phrases in the text, in order; empty when there are none. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The part of a page between its first {@code <section class="timeline">} and that section's end. */
    public static String timelineSection(String page) {
        int from = page.indexOf("<section class=\"timeline\">");
        return from < 0 ? "" : page.substring(from, page.indexOf("</section>", from));
    }
}
