package nl.ijw.gateway.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

import nl.ijw.gateway.run.GatewayConfig;

/** The settings options of the live gateway, shared by {@code run} and {@code demo}. */
final class GatewayOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (properties) over the defaults.")
    Path config;

    @Option(names = "-D", paramLabel = "key=value", description = "A setting, over the file and the environment.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** The defaults, then the file, the environment and the -D settings over them. */
    GatewayConfig load() {
        return GatewayConfig.load(config, settings, System.getenv());
    }
}
