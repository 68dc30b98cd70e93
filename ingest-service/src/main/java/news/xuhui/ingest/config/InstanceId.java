package news.xuhui.ingest.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * This instance's name among those sharing an inbox (see {@link IngestConfig#instanceId()}; its default,
 * {@code <hostname>-<http port>}, comes from {@link InstanceIdDefault}).
 */
@ApplicationScoped
public class InstanceId {

    @Inject
    IngestConfig config;

    public String get() {
        return InstanceIdDefault.sanitize(config.instanceId());
    }
}
