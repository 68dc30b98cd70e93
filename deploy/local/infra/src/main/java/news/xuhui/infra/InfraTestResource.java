package news.xuhui.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource: a real Kafka broker and a real PostgreSQL server, started once per test JVM and shared by
 * every {@code @QuarkusTest} that names this resource (they are stopped when the JVM exits).
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalInfra infra;

    /** The running infrastructure, started on first use. */
    public static synchronized LocalInfra infra() {
        if (infra == null) {
            try {
                Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "infra-");
                infra = LocalInfra.start(dir, Ports.free(), Ports.free());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "test-infra-shutdown"));
        }
        return infra;
    }

    @Override
    public Map<String, String> start() {
        LocalInfra running = infra();
        return Map.of(
                "kafka.bootstrap.servers", running.kafka().bootstrapServers(),
                "quarkus.datasource.jdbc.url", running.postgres().jdbcUrl(),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        // shared across the test classes of the JVM; the shutdown hook stops it
    }
}
