package nl.ijw.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import nl.ijw.gateway.store.ExpectationLedger;
import nl.ijw.gateway.text.Times;

/**
 * The default as-of of a data directory: now for a live gateway's store, but the last receipt for
 * a replay's output folder. A replayed history ends where its messages end; as of today every
 * deadline since then would count as overdue, a breach nobody can know of (the messages may well
 * have come, outside this history).
 */
final class DataDirAsOf {

    private DataDirAsOf() {
    }

    static Instant of(Path data, Instant now, PrintWriter err) {
        Optional<Instant> replayed;
        try (ExpectationLedger ledger = ExpectationLedger.openDataDir(data)) {
            replayed = ledger.replayedUntil();
        }
        replayed.ifPresent(at -> err.println("note: " + data + " holds a replay; as of its last message, received "
                + Times.received(at) + ", not now (the history says nothing after it); give --as-of for another moment"));
        return replayed.orElse(now);
    }
}
