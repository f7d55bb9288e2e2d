package nl.ijw.gateway.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.ijw.gateway.files.XmlFiles;
import nl.ijw.gateway.run.BrokerTrouble;
import nl.ijw.gateway.run.GatewayConfig;

@Command(name = "send", description = {
        "Puts files on the input queue of the running gateway, as persistent messages.",
        "With --wait it prints what came back for each file, found by its correlation id on the output, rejected"
                + " and dead-letter queues by browsing, so nothing is taken away from the queues."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:sent (with --wait: every file accepted)", "1:with --wait: some file rejected or parked",
                "2:usage, I/O or broker error, or no answer in time"})
final class SendCommand implements Callable<Integer> {

    private static final Pattern PARTY = Pattern.compile("<(?:\\w+:)?(Afzender|Ontvanger)>\\s*([0-9A-Za-z]{1,16})\\s*<");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "iJw XML files, or folders: their .xml files"
            + " (subfolders too), in name order.")
    List<Path> files;

    @Option(names = "--wait", description = "Wait for and print what came back for each file.")
    boolean await;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "How long --wait waits for each file, and how long a send may wait for a broker that holds"
                    + " its senders (default ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--config", paramLabel = "FILE", description = "The gateway's settings file, for the broker's address.")
    Path config;

    @Option(names = "-D", paramLabel = "key=value", description = "A setting (broker.port=61616).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (timeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second, not "
                    + timeout + ": it is how many seconds a send (and --wait) may wait for the broker");
        }
        List<Path> toSend = expand();
        if (toSend == null) {
            return Main.ERROR;
        }
        GatewayConfig c = GatewayConfig.load(config, settings, System.getenv());
        Map<Path, String> sent = new LinkedHashMap<>();
        try (Connection connection = new ActiveMQConnectionFactory(c.brokerUrl(), c.brokerUser(), c.brokerPassword())
                .createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageProducer p = session.createProducer(session.createQueue("ijw.in"));
                 HeldSend held = new HeldSend(connection, timeout)) {
                for (Path f : toSend) {
                    BytesMessage m = session.createBytesMessage();
                    m.writeBytes(Files.readAllBytes(f));
                    try {
                        held.send(p, m);
                    } catch (JMSException e) {
                        if (!held.held()) {
                            throw e;
                        }
                        spec.commandLine().getErr().println("error: the broker held the send of " + f + " for "
                                + timeout + " s (--timeout) without an answer: it holds every sender, most likely"
                                + " because its disk is fuller than broker.max.disk.usage (./ijw-gateway status tells);"
                                + " that file may or may not have reached ijw.in, the files after it were not sent"
                                + (sent.isEmpty() ? "" : ", the " + sent.size() + " before it were"));
                        return Main.ERROR;
                    }
                    sent.put(f, m.getJMSMessageID());
                    out.println("sent " + f + " " + m.getJMSMessageID());
                }
            }
            if (!await) {
                return Main.OK;
            }
            int code = Main.OK;
            for (Map.Entry<Path, String> e : sent.entrySet()) {
                code = Math.max(code, report(out, session, e.getKey(), e.getValue()));
            }
            return code;
        } catch (JMSException e) {
            spec.commandLine().getErr().println("error: " + BrokerTrouble.describe(c.brokerUrl(), e)
                    + (BrokerTrouble.unreachable(e) ? ". Is the gateway running (./ijw-gateway run), and does it listen on"
                    + " that port (broker.port, or broker.url for another broker)?" : ""));
            return Main.ERROR;
        }
    }

    /** Expands folders; a test puts in one whose walk fails (tests run as root, who reads every folder). */
    XmlFiles xmlFiles = XmlFiles.ON_DISK;

    /**
     * The files to send, folders replaced by their .xml files; null when a path is missing, a
     * folder holds no .xml file, or a file or subfolder cannot be read: each is said, and nothing is sent.
     */
    List<Path> expand() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> out = new ArrayList<>();
        boolean ok = true;
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                XmlFiles.Found found = xmlFiles.in(p);
                for (XmlFiles.Unreadable u : found.unreadable()) {
                    err.println("error: " + ErrorText.unreadable(u, List.of(new ErrorText.Input("FILE", p))));
                    ok = false;
                }
                if (found.files().isEmpty() && found.unreadable().isEmpty()) {
                    err.println("error: FILE " + p + ": a folder that holds no .xml file");
                    ok = false;
                }
                out.addAll(found.files());
            } else if (!Files.exists(p)) {
                err.println("error: FILE " + p + ": no such file or folder; check the path");
                ok = false;
            } else if (!Files.isReadable(p)) {
                err.println("error: FILE " + p + ": cannot be read (permission denied)");
                ok = false;
            } else {
                out.add(p);
            }
        }
        if (!ok) {
            err.println("nothing was sent");
        }
        return ok ? out : null;
    }

    private int report(PrintWriter out, Session session, Path file, String id) throws Exception {
        Set<String> queues = new LinkedHashSet<>();
        Matcher m = PARTY.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        while (m.find()) {
            queues.add("ijw.out." + m.group(2));
        }
        queues.add("ijw.rejected");
        queues.add("ijw.dlq");
        long end = System.currentTimeMillis() + timeout * 1000L;
        List<String> lines = List.of();
        long settleUntil = Long.MAX_VALUE;
        while (System.currentTimeMillis() < Math.min(end, settleUntil)) {
            lines = browse(session, queues, id);
            if (!lines.isEmpty() && settleUntil == Long.MAX_VALUE) {
                settleUntil = System.currentTimeMillis() + 500; // the rest of its outputs follow at once
            }
            Thread.sleep(100);
        }
        lines = browse(session, queues, id);
        if (lines.isEmpty()) {
            out.println(file + ": nothing came back within " + timeout + " s (is the gateway running?)");
            return Main.ERROR;
        }
        out.println(file + ":");
        lines.forEach(l -> out.println("  " + l));
        return lines.stream().anyMatch(l -> l.startsWith("ijw.rejected") || l.startsWith("ijw.dlq")) ? Main.INVALID : Main.OK;
    }

    private static List<String> browse(Session session, Set<String> queues, String id) throws JMSException {
        List<String> lines = new ArrayList<>();
        for (String q : queues) {
            try (QueueBrowser b = session.createBrowser(session.createQueue(q), "JMSCorrelationID = '" + id + "'")) {
                for (Object msg : Collections.list(b.getEnumeration())) {
                    lines.add(describe(q, (Message) msg));
                }
            } catch (JMSException e) {
                if (!noSuchQueue(e)) {
                    throw e;
                }
                // ijw.out.<party> is created with the first output for that party (the relay's send
                // racing this browser's auto-creation can also say so): nothing there yet; next round.
            }
        }
        return lines;
    }

    private static boolean noSuchQueue(JMSException e) {
        return e instanceof jakarta.jms.InvalidDestinationException
                || e.getCause() instanceof org.apache.activemq.artemis.api.core.ActiveMQNonExistentQueueException
                || e.getLinkedException() instanceof org.apache.activemq.artemis.api.core.ActiveMQNonExistentQueueException;
    }

    private static String describe(String queue, Message m) throws JMSException {
        String kind = m.getStringProperty("IjwOutputKind");
        String line = queue + ": " + (kind == null ? "" : kind + " ") + m.getStringProperty("IjwMessageType") + " "
                + m.getStringProperty("IjwMessageId") + " " + m.getStringProperty("IjwVerdict") + " journal "
                + m.getStringProperty("IjwJournalId");
        String reason = m.getStringProperty("IjwReason");
        String error = m.getStringProperty("IjwError");
        return line + (reason != null ? " - " + reason : "") + (error != null ? " - " + error : "");
    }
}
