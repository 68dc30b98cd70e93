package news.xuhui.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run from the Maven
 * Central jars in a child JVM so that it can be killed and restarted like a real server. Its data lives under
 * {@code dataDir}, so a restart keeps the topics. Optionally the client listener takes SASL/SCRAM-SHA-512 logins
 * only ({@link #startWithScram}); anonymous clients are then refused.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    /**
     * SCRAM users, created when the storage is formatted (so they are fixed for the life of {@code dataDir}). The
     * admin is the broker's own user: inter-broker traffic and this class's topic creation log in with it.
     */
    public record Scram(String adminUser, String adminPassword, Map<String, String> users) {
    }

    /**
     * A node's place in its cluster: its id, the controller quorum ({@code id@host:port,...}), the client addresses of
     * all nodes, how many replicas a topic gets, and the cluster id its storage is formatted with.
     */
    record Membership(int nodeId, String voters, String bootstrapServers, int replicas, String clusterId) {

        static Membership alone(int port, int controllerPort) {
            return new Membership(1, "1@127.0.0.1:" + controllerPort, "127.0.0.1:" + port, 1,
                    KafkaBroker.clusterId());
        }

        /** Writes survive the loss of one replica, not of two: min.insync.replicas of 2 once there are 3. */
        int minInSync() {
            return Math.max(1, replicas - 1);
        }
    }

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Scram scram;
    private final Membership membership;
    private Process process;

    KafkaBroker(Path dataDir, int port, int controllerPort, Scram scram, Membership membership) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.scram = scram;
        this.membership = membership;
    }

    /** Formats the storage on first use, then starts the broker and waits until it serves metadata. */
    public static KafkaBroker start(Path dataDir, int port) {
        return startAlone(dataDir, port, null);
    }

    /** As {@link #start}, with a SASL_PLAINTEXT client listener that accepts SCRAM-SHA-512 logins of these users. */
    public static KafkaBroker startWithScram(Path dataDir, int port, Scram scram) {
        return startAlone(dataDir, port, scram);
    }

    private static KafkaBroker startAlone(Path dataDir, int port, Scram scram) {
        int controllerPort = Ports.free();
        KafkaBroker broker = new KafkaBroker(dataDir, port, controllerPort, scram,
                Membership.alone(port, controllerPort));
        broker.startProcess();
        return broker;
    }

    /** The JAAS line a Kafka client logs in with ({@code sasl.jaas.config}). */
    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** Bootstrap servers plus, with SCRAM, the admin's login: what a client of this broker needs. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        if (scram != null) {
            config.put("security.protocol", "SASL_PLAINTEXT");
            config.put("sasl.mechanism", SCRAM_MECHANISM);
            config.put("sasl.jaas.config", jaasConfig(scram.adminUser(), scram.adminPassword()));
        }
        return config;
    }

    /**
     * The standard variables a service reads its Kafka client security from (see the services'
     * application.properties), logging in as {@code user}; empty without SCRAM.
     */
    public Map<String, String> clientEnvironment(String user) {
        if (scram == null) {
            return Map.of();
        }
        String password = user.equals(scram.adminUser()) ? scram.adminPassword() : scram.users().get(user);
        if (password == null) {
            throw new IllegalArgumentException("no SCRAM user " + user);
        }
        return Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_SASL_MECHANISM", SCRAM_MECHANISM,
                "KAFKA_SASL_JAAS_CONFIG", jaasConfig(user, password));
    }

    /** The client addresses of every node of the cluster this broker belongs to (only its own when alone). */
    public String bootstrapServers() {
        return membership.bootstrapServers();
    }

    public int nodeId() {
        return membership.nodeId();
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Pid of the broker JVM, for scripts that must stop it later. */
    public long pid() {
        return process.pid();
    }

    /** Starts the broker again on the same port and data, after {@link #kill()} or {@link #close()}. */
    public synchronized void restart() {
        if (isRunning()) {
            return;
        }
        startProcess();
    }

    /** Simulates a crash: SIGKILL, no clean shutdown. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process);
        }
    }

    /** Creates the topics if missing; extra configs per topic such as {@code cleanup.policy=compact}. */
    public void createTopics(Map<String, Map<String, String>> topics, int partitions) {
        try (Admin admin = Admin.create(clientConfig())) {
            for (var topic : topics.entrySet()) {
                Map<String, String> configs = new HashMap<>(topic.getValue());
                configs.putIfAbsent("min.insync.replicas", Integer.toString(membership.minInSync()));
                NewTopic newTopic = new NewTopic(topic.getKey(), partitions, (short) membership.replicas())
                        .configs(configs);
                try {
                    admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker did not create topics in time", e);
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy(); // SIGTERM: the broker shuts down cleanly
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            waitFor(process);
        }
    }

    private void startProcess() {
        launch();
        awaitServing();
    }

    /** Formats the storage on first use and starts the broker's JVM, without waiting for it to serve. */
    void launch() {
        try {
            Files.createDirectories(dataDir);
            Path config = writeConfig();
            String classpath = brokerClasspath();
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                List<String> format = new ArrayList<>(
                        List.of("kafka.tools.StorageTool", "format", "-t", membership.clusterId(), "-c",
                                config.toString()));
                if (scram != null) {
                    format.addAll(scramUser(scram.adminUser(), scram.adminPassword()));
                    scram.users().forEach((user, password) -> format.addAll(scramUser(user, password)));
                }
                run(format, classpath, dataDir.resolve("format.log"), Duration.ofSeconds(120));
            }
            List<String> command = javaCommand(classpath);
            command.add("kafka.Kafka");
            command.add(config.toString());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("kafka.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka under " + dataDir, e);
        }
    }

    /** Waits until this node serves metadata: for a node of a cluster, once a majority of the quorum is up. */
    void awaitServing() {
        Ports.await("Kafka on port " + port + " (log: " + dataDir.resolve("kafka.log") + ")", Duration.ofSeconds(120),
                () -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see "
                                + dataDir.resolve("kafka.log"));
                    }
                    return Ports.accepting("127.0.0.1", port) && serving();
                });
    }

    private boolean serving() {
        Map<String, Object> config = clientConfig();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port); // this node, not its peers
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private Path writeConfig() throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(membership.nodeId()));
        p.setProperty("controller.quorum.voters", membership.voters());
        String client = scram == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
        p.setProperty("listeners", client + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", client + "://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", client);
        p.setProperty("listener.security.protocol.map", client + ":" + client + ",CONTROLLER:PLAINTEXT");
        if (scram != null) {
            // the only way in on the client port is a SCRAM login; the controller port stays on the loopback
            p.setProperty("sasl.enabled.mechanisms", SCRAM_MECHANISM);
            p.setProperty("sasl.mechanism.inter.broker.protocol", SCRAM_MECHANISM);
            p.setProperty("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                    jaasConfig(scram.adminUser(), scram.adminPassword()));
        }
        p.setProperty("log.dirs", dataDir.resolve("logs").toString());
        // internal topics replicated like the pipeline's own: once on a single node, on every node of a cluster
        String replicas = Integer.toString(membership.replicas());
        String minInSync = Integer.toString(membership.minInSync());
        p.setProperty("offsets.topic.replication.factor", replicas);
        p.setProperty("transaction.state.log.replication.factor", replicas);
        p.setProperty("transaction.state.log.min.isr", minInSync);
        p.setProperty("share.coordinator.state.topic.replication.factor", replicas);
        p.setProperty("share.coordinator.state.topic.min.isr", minInSync);
        p.setProperty("default.replication.factor", replicas);
        p.setProperty("min.insync.replicas", minInSync);
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        Path config = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            p.store(out, "generated by news.xuhui.infra.KafkaBroker");
        }
        return config;
    }

    /**
     * A random cluster id. URL-safe base64 may start with '-', which the format tool's argument parser takes for an
     * option ("argument --cluster-id: expected one argument", one start in 64): such ids are drawn again, as Kafka's
     * own Uuid.randomUuid does.
     */
    static String clusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private static List<String> scramUser(String user, String password) {
        return List.of("--add-scram", SCRAM_MECHANISM + "=[name=" + user + ",password=" + password + "]");
    }

    private static String brokerClasspath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " missing: build deploy/local/infra with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static List<String> javaCommand(String classpath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC"); // two cores shared with the services: keep the broker's GC threads quiet
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-cp");
        command.add(classpath);
        return command;
    }

    private static void run(List<String> args, String classpath, Path log, Duration timeout) throws IOException {
        List<String> command = javaCommand(classpath);
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(args.get(0) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted: " + args.get(0), e);
        }
    }

    private static void waitFor(Process p) {
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
