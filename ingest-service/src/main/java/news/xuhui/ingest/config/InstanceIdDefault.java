package news.xuhui.ingest.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Gives {@code ingest.instance-id} its default, {@code <hostname>-<http port>}, as configuration rather than in code:
 * the Kafka producer's {@code transactional.id} is derived from it in application.properties
 * ({@code ingest-${ingest.instance-id}}), so the work folder and the transactional id can never name two different
 * instances. Lowest ordinal: application.properties, the environment and system properties all override it.
 */
public class InstanceIdDefault implements ConfigSourceFactory {

    static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue port = context.getValue("quarkus.http.port");
        String value = hostname() + "-" + (port == null || port.getValue() == null ? "8081" : port.getValue());
        return List.of(new PropertiesConfigSource(Map.of("ingest.instance-id", sanitize(value)),
                "ingest instance id default", ORDINAL));
    }

    /** Folder names and transactional ids alike: letters, digits, dot, underscore and dash only. */
    public static String sanitize(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "ingest";
        }
    }
}
