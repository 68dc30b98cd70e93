package news.xuhui.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

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

    private final KafkaBroker kafka;
    private final PostgresServer postgres;

    private LocalInfra(KafkaBroker kafka, PostgresServer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    public static LocalInfra start(Path dataDir, int kafkaPort, int postgresPort) {
        PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), postgresPort);
        try {
            KafkaBroker kafka = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort);
            kafka.createTopics(TOPICS, 3);
            return new LocalInfra(kafka, postgres);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
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
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    /**
     * Starts both servers and blocks until the process is terminated; then stops them cleanly.
     * Arguments: {@code DATA_DIR [KAFKA_PORT] [POSTGRES_PORT]}. Writes {@code DATA_DIR/infra.env} once ready.
     */
    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".data");
        int kafkaPort = args.length > 1 ? Integer.parseInt(args[1]) : 19092;
        int postgresPort = args.length > 2 ? Integer.parseInt(args[2]) : 15432;
        LocalInfra infra = start(dataDir, kafkaPort, postgresPort);
        Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "local-infra-shutdown"));
        StringBuilder env = new StringBuilder();
        infra.environment().forEach((k, v) -> env.append(k).append('=').append(v).append('\n'));
        env.append("KAFKA_BROKER_PID=").append(infra.kafka.pid()).append('\n');
        try {
            Files.writeString(dataDir.resolve("infra.env"), env, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("local infrastructure ready: Kafka " + infra.kafka.bootstrapServers() + ", PostgreSQL "
                + infra.postgres.jdbcUrl());
        Thread.currentThread().join();
    }
}
