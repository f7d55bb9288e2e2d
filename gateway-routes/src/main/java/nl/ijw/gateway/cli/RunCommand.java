package nl.ijw.gateway.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.rules.RulesConfig;
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

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (properties) over the defaults.")
    Path config;

    @Option(names = "-D", paramLabel = "key=value", description = "A setting, over the file and the environment.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        GatewayConfig c = GatewayConfig.load(config, settings, System.getenv());
        Gateway gateway = Gateway.start(c, data, Cores.standard(), Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
            // A JVM ended by SIGTERM exits 143; an orderly stop is a success.
            Runtime.getRuntime().halt(Main.OK);
        }, "ijw-gateway-stop"));
        stopped.await();
        return Main.OK;
    }
}
