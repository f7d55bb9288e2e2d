package nl.ijw.gateway.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.run.Gateway;
import nl.ijw.gateway.run.GatewayConfig;

@Command(name = "run", description = {
        "Runs the live gateway: an embedded Artemis broker (Core/JMS, AMQP 1.0 and STOMP on one port), the H2"
                + " store, the queue and folder routes and the HTTP status server.",
        "Its settings are described in the file docs/configuration.md of the project."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped on SIGTERM or Ctrl-C, everything consumed was processed", "2:settings or start-up error"})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "Data folder: broker journal, store, inbox, archive (default ${DEFAULT-VALUE}).")
    Path data;

    @CommandLine.Mixin
    GatewayOptions options = new GatewayOptions();

    @Override
    public Integer call() throws Exception {
        GatewayConfig c = options.load();
        Gateway gateway = Gateway.start(c, data, Cores.live(c), Clock.systemUTC());
        return untilStopped(gateway);
    }

    /** Waits for SIGTERM or Ctrl-C, then closes what runs and exits 0. */
    static int untilStopped(AutoCloseable running) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("error: " + ErrorText.of(e, java.util.List.of()));
            }
            stopped.countDown();
            // A JVM ended by SIGTERM exits 143; an orderly stop is a success.
            Runtime.getRuntime().halt(Main.OK);
        }, "ijw-gateway-stop"));
        stopped.await();
        return Main.OK;
    }
}
