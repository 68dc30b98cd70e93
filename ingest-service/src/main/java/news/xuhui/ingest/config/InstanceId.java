package news.xuhui.ingest.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** This instance's name among those sharing an inbox (see {@link IngestConfig#instanceId()}). */
@ApplicationScoped
public class InstanceId {

    @Inject
    IngestConfig config;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8081")
    int httpPort;

    private volatile String value;

    public String get() {
        String v = value;
        if (v == null) {
            v = config.instanceId().orElseGet(() -> hostname() + "-" + httpPort).replaceAll("[^A-Za-z0-9._-]", "_");
            value = v;
        }
        return v;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "ingest";
        }
    }
}
