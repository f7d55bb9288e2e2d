package nl.ijw.gateway.cli;

import picocli.CommandLine.Option;

import nl.ijw.gateway.rules.RulesConfig;

/**
 * Whether the replayed history holds every allocation its starts, stops and claims name (a picocli
 * mixin), as {@code rules.allocations.complete} says it for the live gateway (docs/rules.md).
 */
final class AllocationOptions {

    @Option(names = "--allocations-complete", description = "The history holds every allocation (it begins before the"
            + " first JW301, as a generated history or the samples do): a start, stop or claim on an allocation it does"
            + " not hold is then rejected (TR019, TR338). Without it such a message is accepted with a warning that the"
            + " rule was not judged, since its JW301 may predate the history.")
    boolean allocationsComplete;

    RulesConfig apply(RulesConfig config) {
        return config.withAllocationsComplete(allocationsComplete);
    }
}
