package news.xuhui.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;

import news.xuhui.infra.LocalInfra;
import news.xuhui.infra.Ports;

/**
 * What every end-to-end test class starts: a work folder under {@code target/}, the local infrastructure (a real
 * Kafka broker and PostgreSQL server) and the packaged services as processes, all stopped after the class. A class
 * starts the services itself, because some start them with settings of their own or more than once.
 */
abstract class EndToEndTest {

    static Path work;
    static Path inbox;
    static LocalInfra infra;
    /** The environment the services start with: the infrastructure's endpoints and the inbox. */
    static Map<String, String> env;
    static ServiceProcess query;
    static ServiceProcess ingest;

    /** A fresh work folder named after {@code name}, and the infrastructure without logins. */
    static void startInfrastructure(String name) throws IOException {
        createWork(name);
        LocalInfra started = LocalInfra.start(work.resolve("data"), Ports.free(), Ports.free());
        useInfrastructure(started, started.environment());
    }

    static void createWork(String name) throws IOException {
        work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-");
        inbox = work.resolve("inbox");
    }

    /** Uses {@code started}, whose services start with {@code environment} (its endpoints, their logins). */
    static void useInfrastructure(LocalInfra started, Map<String, String> environment) {
        infra = started;
        env = new HashMap<>(environment);
        env.put("INGEST_INBOX", inbox.toString());
    }

    /** Starts {@code module} with {@link #env} plus {@code settings}. */
    static ServiceProcess start(String module, Map<String, String> settings) {
        Map<String, String> e = new HashMap<>(env);
        e.putAll(settings);
        return ServiceProcess.start(module, e, work);
    }

    @AfterAll
    static void stopSystem() {
        SystemUnderTest.stop(ingest, query, infra);
    }
}
