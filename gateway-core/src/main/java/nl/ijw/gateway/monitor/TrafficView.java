package nl.ijw.gateway.monitor;

import java.time.Instant;
import java.util.List;

/**
 * "Traffic now" for one scope: input per hour by type and verdict in the window, the totals of
 * traffic outside the scope that the scope may see aggregated (a municipality's view of the other
 * municipalities; empty for {@code *} and for a provider), and the last rejected messages in scope.
 */
public record TrafficView(Instant from, Instant to, List<TrafficHour> hours, List<VerdictTotal> others,
        List<RejectedMessage> lastRejected) {

    public TrafficView {
        hours = List.copyOf(hours);
        others = List.copyOf(others);
        lastRejected = List.copyOf(lastRejected);
    }
}
