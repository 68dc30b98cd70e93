package news.xuhui.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import news.xuhui.infra.Ports;

/** A packaged Quarkus service ({@code target/quarkus-app}) run as its own process, as in production. */
public final class ServiceProcess implements AutoCloseable {

    /** The user with role ingest that every ingest-service started here knows (writes need it). */
    public static final String INGEST_USER = "ingest";
    public static final String INGEST_PASSWORD = "e2e-" + Long.toHexString(System.nanoTime());

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    public static ServiceProcess start(String module, Map<String, String> env, Path logDir) {
        Path root = Path.of(System.getProperty("project.root", "../../.."));
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " missing: package " + module + " first (./mvnw verify does)");
        }
        int port = Ports.free();
        // one log per ingest instance, appended to: a restart after a crash keeps the crash's log
        String instance = env.getOrDefault("INGEST_INSTANCE_ID", "");
        Path log = logDir.resolve(module + (instance.isEmpty() ? "" : "-" + instance) + ".log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar", jar.toString()));
        String nice = env.get("NICE");
        if (nice != null) {
            command.addAll(0, List.of("nice", "-n", nice));
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        if (module.equals("ingest-service")) {
            pb.environment().putIfAbsent("INGEST_PASSWORD", INGEST_PASSWORD);
        }
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            ServiceProcess service = new ServiceProcess(module, port, pb.start(), log);
            service.awaitReady(Duration.ofSeconds(120));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Peak resident memory of the process so far (VmHWM), in MiB, or -1 where /proc does not tell. */
    public long peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    /** Simulates a crash: SIGKILL, no shutdown hooks, no clean consumer close. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
