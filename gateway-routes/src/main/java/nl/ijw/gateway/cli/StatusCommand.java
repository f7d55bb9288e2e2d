package nl.ijw.gateway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.ijw.gateway.run.GatewayConfig;
import nl.ijw.gateway.text.Times;
import nl.ijw.gateway.web.StatusToken;
import nl.ijw.gateway.web.Tls;

@Command(name = "status", description = {
        "Shows the running gateway's state from its status page: health, queue depths, journal counts by type"
                + " and verdict (today, total), outbox backlog, open SAP expectations, DLQ size and the last signals.",
        "It proves itself with the token the gateway writes to DATA/status-token (owner-only), so it needs --data"
                + " when the gateway runs on another data folder than ./data."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:healthy", "1:degraded (broker, database or routes down, or the broker's disk full)", "2:unreachable or usage error"})
final class StatusCommand implements Callable<Integer> {

    static final int UNREACHABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print the status JSON as the gateway gives it.")
    boolean json;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "The gateway's data folder, where it keeps the status token (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "The gateway's settings file, to find its http.port.")
    Path config;

    @Option(names = "-D", paramLabel = "key=value", description = "A setting (http.port=8080).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        GatewayConfig c = GatewayConfig.load(config, settings, System.getenv());
        String host = c.httpHost().equals("0.0.0.0") || c.httpHost().equals("::") ? "localhost" : c.httpHost();
        String url = (c.tlsKeystore() != null ? "https" : "http") + "://" + host + ":" + c.httpPort() + "/api/status";
        String body;
        try {
            HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3));
            if (c.tlsKeystore() != null) {
                client.sslContext(Tls.trusting(c.tlsKeystore(), c.tlsPassword()));
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            String token = StatusToken.read(data);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = client.build().send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401) {
                java.nio.file.Path file = StatusToken.file(data);
                String why = token != null ? "was not accepted (a token of another start or gateway)"
                        : java.nio.file.Files.exists(file) ? "could not be read" : "does not exist";
                spec.commandLine().getErr().println("error: refused: the gateway at " + url + " wants its status token;"
                        + " give its data folder with --data (" + file + " " + why + ")");
                return UNREACHABLE;
            }
            body = r.body();
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: unreachable: no gateway answers at " + url + "; is it running"
                    + " (./ijw-gateway run), and on that port? Give its http.port with -D http.port=N or --config FILE");
            return UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNREACHABLE;
        }
        JsonNode s;
        try {
            s = new ObjectMapper().readTree(body);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: unreachable: " + url + " did not answer with status JSON; is that"
                    + " the gateway's http.port?");
            return UNREACHABLE;
        }
        boolean healthy = s.path("healthy").asBoolean(false);
        if (json) {
            out.println(body);
        } else {
            print(out, s, healthy);
        }
        return healthy ? Main.OK : Main.INVALID;
    }

    static void print(PrintWriter out, JsonNode s, boolean healthy) {
        out.printf("ijw-gateway %s %s: broker %s, data %s, serves %s%n", s.path("version").asText(),
                healthy ? "healthy" : "DEGRADED " + s.path("health"), s.path("broker").path("url").asText(),
                s.path("dataDir").asText(), s.path("serves").asText());
        JsonNode disk = s.path("disk");
        if (disk.path("full").asBoolean(false)) {
            out.printf("broker disk FULL: %d%% used, above broker.max.disk.usage=%d%%: the broker holds every sender"
                    + " until there is room (nothing is lost); free space on that disk or raise the setting%n",
                    disk.path("usedPercent").asInt(), disk.path("maxUsagePercent").asInt());
        }
        StringBuilder q = new StringBuilder("queues:");
        s.path("queues").fields().forEachRemaining(e -> q.append(' ').append(e.getKey()).append('=')
                .append(e.getValue().isNull() ? "?" : e.getValue().asText()));
        out.println(q);
        out.printf("outbox backlog %d, open expectations %d, dlq %s%n", s.path("outboxBacklog").asLong(),
                s.path("openExpectations").asLong(), s.path("dlq").isNull() ? "?" : s.path("dlq").asText());
        out.println("journal (type verdict today total):");
        for (JsonNode row : s.path("journal")) {
            out.printf("  %-5s %-8s %8d %10d%n", row.path("type").asText(), row.path("verdict").asText(),
                    row.path("today").asLong(), row.path("total").asLong());
        }
        // None raised here is not "no findings": a store replayed or copied in holds findings no live watch raised.
        out.println("last signals:" + (s.path("lastSignals").isEmpty() ? " none yet; the SAP findings of all the store"
                + " holds: ./ijw-gateway sap-report " + s.path("dataDir").asText("DATA") : ""));
        for (JsonNode sig : s.path("lastSignals")) {
            out.println("  " + shownTime(sig.path("raisedAt").asText()) + " " + sig.path("text").asText());
        }
    }

    /** The signal JSON says when in UTC (a machine format); people read Amsterdam time, as in a manifest. */
    private static String shownTime(String raisedAt) {
        try {
            return Times.received(java.time.Instant.parse(raisedAt));
        } catch (java.time.format.DateTimeParseException e) {
            return raisedAt; // an older gateway's form: shown as it came
        }
    }
}
