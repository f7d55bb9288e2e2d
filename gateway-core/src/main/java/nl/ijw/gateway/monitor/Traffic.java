package nl.ijw.gateway.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The journal's input of the last hours, scoped: what "Traffic now" shows. Reads only (a
 * connection of its own, beside the gateway's writer). A message is in scope when its sender or
 * receiver is; an input without parties (unreadable) is seen by {@code *} only.
 */
public final class Traffic {

    public static final Duration WINDOW = Duration.ofHours(48);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOURS = "SELECT DATE_TRUNC('HOUR', received_at), COALESCE(message_type, '-'), verdict,"
            + " sender, receiver, COUNT(*) FROM journal WHERE direction = 'IN' AND received_at >= ? AND received_at <= ?"
            + " GROUP BY DATE_TRUNC('HOUR', received_at), COALESCE(message_type, '-'), verdict, sender, receiver";

    private final Connection connection;

    public Traffic(Connection connection) {
        this.connection = connection;
    }

    /** The view for {@code scope} of the {@link #WINDOW} up to {@code now}, with up to {@code rejected} rejected messages. */
    public TrafficView view(Scope scope, Instant now, int rejected) throws SQLException {
        Instant from = now.minus(WINDOW);
        Map<String, Long> hours = new TreeMap<>();
        Map<String, Long> others = new TreeMap<>();
        boolean aggregatesOthers = !scope.everything() && !scope.providersOnly();
        try (PreparedStatement ps = connection.prepareStatement(HOURS)) {
            ps.setObject(1, from.atOffset(ZoneOffset.UTC));
            ps.setObject(2, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(6);
                    if (scope.sees(rs.getString(4), rs.getString(5))) {
                        Instant hour = rs.getObject(1, OffsetDateTime.class).toInstant();
                        hours.merge(hour + "|" + rs.getString(2) + "|" + rs.getString(3), n, Long::sum);
                    } else if (aggregatesOthers) {
                        others.merge(rs.getString(3), n, Long::sum);
                    }
                }
            }
        }
        List<TrafficHour> h = new ArrayList<>();
        hours.forEach((k, n) -> {
            String[] p = k.split("\\|", 3);
            h.add(new TrafficHour(Instant.parse(p[0]), p[1], p[2], n));
        });
        List<VerdictTotal> o = new ArrayList<>();
        others.forEach((v, n) -> o.add(new VerdictTotal(v, n)));
        return new TrafficView(from, now, h, o, lastRejected(scope, rejected));
    }

    /** The newest rejected inputs in scope, newest first. */
    public List<RejectedMessage> lastRejected(Scope scope, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, received_at, message_type, sender, receiver, identificatie,"
                + " findings_json FROM journal WHERE direction = 'IN' AND verdict = 'REJECTED'");
        List<String> codes = new ArrayList<>(scope.parties());
        if (!scope.everything()) {
            String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
            sql.append(" AND (sender IN (").append(marks).append(") OR receiver IN (").append(marks).append("))");
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int i = 1;
            if (!scope.everything()) {
                for (int twice = 0; twice < 2; twice++) {
                    for (String c : codes) {
                        ps.setString(i++, c);
                    }
                }
            }
            ps.setInt(i, limit);
            List<RejectedMessage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RejectedMessage(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), findings(rs.getString(7))));
                }
            }
            return out;
        }
    }

    private static List<RejectedMessage.FindingText> findings(String json) {
        List<RejectedMessage.FindingText> out = new ArrayList<>();
        try {
            for (JsonNode f : JSON.readTree(json)) {
                out.add(new RejectedMessage.FindingText(f.path("rule").asText(null),
                        f.path("retourCode").isNull() ? null : f.path("retourCode").asText(null), f.path("text").asText("")));
            }
        } catch (java.io.IOException e) {
            out.add(new RejectedMessage.FindingText(null, null, "the findings of this message cannot be read"));
        }
        return out;
    }
}
