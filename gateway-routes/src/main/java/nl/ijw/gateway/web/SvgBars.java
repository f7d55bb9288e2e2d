package nl.ijw.gateway.web;

import java.util.List;

/**
 * A stacked bar chart as server-side SVG (no script, no library): one bar per slot, segments
 * coloured by CSS class. The page always shows the same figures in a table beside it.
 */
final class SvgBars {

    record Segment(String cssClass, long value) {
    }

    record Bar(String label, String title, List<Segment> segments) {
        long total() {
            return segments.stream().mapToLong(Segment::value).sum();
        }
    }

    static final int HEIGHT = 160;

    private SvgBars() {
    }

    /** Bars {@code bar} px wide with {@code gap} between; every {@code labelEvery}-th bar gets its label under the axis. */
    static String render(String id, String description, List<Bar> bars, int bar, int gap, int labelEvery) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
        int width = bars.size() * (bar + gap) + 40;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-desc\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT + 30)
                .append("\" width=\"").append(width).append("\" height=\"").append(HEIGHT + 30)
                .append("\" preserveAspectRatio=\"xMinYMin meet\"><desc id=\"").append(id).append("-desc\">")
                .append(Html.esc(description)).append("</desc>");
        b.append("<text class=\"axis\" x=\"0\" y=\"12\">").append(max).append("</text>");
        b.append("<line class=\"axis\" x1=\"34\" y1=\"").append(HEIGHT).append("\" x2=\"").append(width).append("\" y2=\"")
                .append(HEIGHT).append("\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b0 = bars.get(i);
            int x = 36 + i * (bar + gap);
            long y = HEIGHT;
            b.append("<g><title>").append(Html.esc(b0.title())).append("</title>");
            for (Segment s : b0.segments()) {
                long h = Math.round((double) s.value() * (HEIGHT - 16) / max);
                if (h > 0) {
                    y -= h;
                    b.append("<rect class=\"").append(s.cssClass()).append("\" x=\"").append(x).append("\" y=\"").append(y)
                            .append("\" width=\"").append(bar).append("\" height=\"").append(h).append("\"/>");
                }
            }
            b.append("</g>");
            if (i % labelEvery == 0) {
                b.append("<text class=\"axis\" x=\"").append(x).append("\" y=\"").append(HEIGHT + 14).append("\">")
                        .append(Html.esc(b0.label())).append("</text>");
            }
        }
        return b.append("</svg>").toString();
    }
}
