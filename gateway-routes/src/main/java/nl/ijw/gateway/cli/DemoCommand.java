package nl.ijw.gateway.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.demo.Demo;
import nl.ijw.gateway.run.GatewayConfig;

@Command(name = "demo", description = {
        "The five-minute tour: runs the live gateway as 'run' does, on a store seeded with a generated history of the"
                + " last three months (late and missing messages included), processed as if the gateway had been running.",
        "Then it keeps sending live traffic through the queue ijw.in and the inbox folder, writes a demo users file"
                + " for the monitor and prints the monitor's address and the demo logins. Stop it with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped on SIGTERM or Ctrl-C", "2:settings or start-up error"})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder to use and keep (seeded when it holds no"
            + " store yet); default: a new temporary folder, deleted when the demo stops.")
    Path data;

    @CommandLine.Mixin
    GatewayOptions options = new GatewayOptions();

    @Option(names = "--clients", defaultValue = "300", paramLabel = "N",
            description = "Clients in the seeded history (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--rate", defaultValue = "3", paramLabel = "R",
            description = "Live messages a second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Override
    public Integer call() throws Exception {
        Demo.Settings s;
        try {
            s = Demo.Settings.defaults().withClientsAndRate(clients, rate);
            if (clients < 1 || clients > 100_000) {
                throw new IllegalArgumentException("--clients " + clients + ": give 1 to 100000");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        GatewayConfig c = options.load();
        Demo demo = Demo.start(c, data, Cores.live(c), Clock.systemUTC(), s, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return RunCommand.untilStopped(demo);
    }
}
