package nl.ijw.gateway.web;

/** Escaping for HTML text and attribute values: every value that reaches a page goes through here. */
final class Html {

    private Html() {
    }

    static String esc(Object value) {
        String s = value == null ? "" : value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A table header row, each header a {@code th scope="col"}. */
    static String headers(String... names) {
        StringBuilder b = new StringBuilder("<thead><tr>");
        for (String n : names) {
            b.append("<th scope=\"col\">").append(esc(n)).append("</th>");
        }
        return b.append("</tr></thead>").toString();
    }

    static String row(Object... cells) {
        StringBuilder b = new StringBuilder("<tr>");
        for (Object c : cells) {
            b.append("<td>").append(esc(c)).append("</td>");
        }
        return b.append("</tr>").toString();
    }

    /** The hidden CSRF field every POST form carries. */
    static String csrf(Session s) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(s.csrf()) + "\">";
    }
}
