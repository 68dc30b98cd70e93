package news.xuhui.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Kafka plus PostgreSQL, started together, with the topics the pipeline uses. Used by {@code deploy/local/run.sh}
 * (through {@link #main}) and by the tests (through {@link InfraTestResource}).
 */
public final class LocalInfra implements AutoCloseable {

    /** Topic name to topic configs. The page ledger is compacted: the latest record per page key is kept. */
    public static final Map<String, Map<String, String>> TOPICS = Map.of(
            "news.articles", Map.of(),
            "news.pages", Map.of("cleanup.policy", "compact"),
            "news.articles.dlq", Map.of(),
            "news.pages.dlq", Map.of(),
            "news.ingest.errors", Map.of());

    /**
     * Partitions of the article topic, on one broker as on a cluster: enough for several consumers (query replicas) to
     * share it evenly. With 3, two replicas split it 2 to 1 and the busier one sets the pace.
     */
    public static final int ARTICLE_PARTITIONS = 6;

    private final KafkaBroker kafka;
    private final KafkaCluster cluster;
    private final PostgresServer postgres;

    private LocalInfra(KafkaBroker kafka, KafkaCluster cluster, PostgresServer postgres) {
        this.kafka = kafka;
        this.cluster = cluster;
        this.postgres = postgres;
    }

    /** The Kafka users of the services when the broker runs with SCRAM ({@link #startSecure}). */
    public static final String INGEST_KAFKA_USER = "ingest-service";
    public static final String QUERY_KAFKA_USER = "query-service";

    public static LocalInfra start(Path dataDir, int kafkaPort, int postgresPort) {
        return start(dataDir, postgresPort, () -> KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort));
    }

    /**
     * As {@link #start}, with a broker that takes SCRAM-SHA-512 logins only. Its users are made when its storage is
     * formatted, so it keeps its data apart ({@code kafka-scram/}) from the plain broker's.
     */
    public static LocalInfra startSecure(Path dataDir, int kafkaPort, int postgresPort, KafkaBroker.Scram scram) {
        return start(dataDir, postgresPort,
                () -> KafkaBroker.startWithScram(dataDir.resolve("kafka-scram"), kafkaPort, scram));
    }

    /**
     * As {@link #start}, with a Kafka cluster of one KRaft node per port (data in {@code kafka-cluster/}): every topic
     * replicated on each node with {@code min.insync.replicas} one less, the article topic in
     * {@value #ARTICLE_PARTITIONS} partitions.
     */
    public static LocalInfra startCluster(Path dataDir, List<Integer> kafkaPorts, int postgresPort) {
        PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), postgresPort);
        try {
            KafkaCluster cluster = KafkaCluster.start(dataDir.resolve("kafka-cluster"), kafkaPorts);
            cluster.createTopics(TOPICS, Map.of("news.articles", ARTICLE_PARTITIONS), 3);
            return new LocalInfra(cluster.nodes().get(0), cluster, postgres);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    private static LocalInfra start(Path dataDir, int postgresPort, Supplier<KafkaBroker> broker) {
        PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), postgresPort);
        try {
            KafkaBroker kafka = broker.get();
            kafka.createTopics(Map.of("news.articles", TOPICS.get("news.articles")), ARTICLE_PARTITIONS);
            kafka.createTopics(TOPICS, 3);
            return new LocalInfra(kafka, null, postgres);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** The broker; on a cluster, its first node (whose {@link KafkaBroker#bootstrapServers} name every node). */
    public KafkaBroker kafka() {
        return kafka;
    }

    /** Every Kafka node: the one broker, or each node of the cluster. */
    public List<KafkaBroker> kafkaNodes() {
        return cluster == null ? List.of(kafka) : cluster.nodes();
    }

    /** The cluster, when started with {@link #startCluster}; null for a single broker. */
    public KafkaCluster cluster() {
        return cluster;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The environment of a service that logs in to Kafka as {@code kafkaUser} (SCRAM only; else as {@link #environment}). */
    public Map<String, String> environment(String kafkaUser) {
        Map<String, String> env = environment();
        env.putAll(kafka.clientEnvironment(kafkaUser));
        return env;
    }

    /** The environment variables that point a service at this infrastructure. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        return env;
    }

    @Override
    public void close() {
        try {
            if (cluster != null) {
                cluster.close();
            } else {
                kafka.close();
            }
        } finally {
            postgres.close();
        }
    }

    /**
     * Starts both servers and blocks until the process is terminated; then stops them cleanly.
     * Arguments: {@code DATA_DIR [KAFKA_PORT] [POSTGRES_PORT] [--secure|--cluster]}. Writes
     * {@code DATA_DIR/infra.env} once ready (values in single quotes, for a shell to source). With {@code --secure} the broker takes SCRAM logins only;
     * the passwords are made on first use and kept in {@code DATA_DIR/kafka-scram-users.properties}, and infra.env
     * gives each service its login ({@code INGEST_KAFKA_SASL_JAAS_CONFIG}, {@code QUERY_KAFKA_SASL_JAAS_CONFIG}).
     * With {@code --cluster} Kafka is three KRaft nodes on KAFKA_PORT and the two ports after it.
     */
    public static void main(String[] args) throws InterruptedException, IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".data");
        int kafkaPort = args.length > 1 ? Integer.parseInt(args[1]) : 19092;
        int postgresPort = args.length > 2 ? Integer.parseInt(args[2]) : 15432;
        String mode = args.length > 3 ? args[3] : "";
        boolean secure = mode.equals("--secure");
        Files.createDirectories(dataDir);
        LocalInfra infra;
        if (secure) {
            infra = startSecure(dataDir, kafkaPort, postgresPort,
                    ScramUsers.loadOrCreate(dataDir.resolve("kafka-scram-users.properties")));
        } else if (mode.equals("--cluster")) {
            infra = startCluster(dataDir, List.of(kafkaPort, kafkaPort + 1, kafkaPort + 2), postgresPort);
        } else {
            infra = start(dataDir, kafkaPort, postgresPort);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "local-infra-shutdown"));
        Map<String, String> values = new LinkedHashMap<>(infra.environment());
        if (secure) {
            Map<String, String> ingest = infra.kafka.clientEnvironment(INGEST_KAFKA_USER);
            values.put("KAFKA_SECURITY_PROTOCOL", ingest.get("KAFKA_SECURITY_PROTOCOL"));
            values.put("KAFKA_SASL_MECHANISM", ingest.get("KAFKA_SASL_MECHANISM"));
            values.put("INGEST_KAFKA_SASL_JAAS_CONFIG", ingest.get("KAFKA_SASL_JAAS_CONFIG"));
            values.put("QUERY_KAFKA_SASL_JAAS_CONFIG",
                    infra.kafka.clientEnvironment(QUERY_KAFKA_USER).get("KAFKA_SASL_JAAS_CONFIG"));
        }
        StringBuilder env = new StringBuilder();
        // single quotes: a JAAS line has spaces, double quotes and a semicolon
        values.forEach((k, v) -> env.append(k).append("='").append(v).append("'\n"));
        env.append("KAFKA_BROKER_PID='").append(infra.kafkaNodes().stream().map(n -> Long.toString(n.pid()))
                .collect(Collectors.joining(" "))).append("'\n");
        try {
            Path file = dataDir.resolve("infra.env");
            Files.writeString(file, env, StandardCharsets.UTF_8);
            // it holds the services' Kafka passwords when secure
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("local infrastructure ready: Kafka " + infra.kafka.bootstrapServers() + ", PostgreSQL "
                + infra.postgres.jdbcUrl());
        Thread.currentThread().join();
    }
}
