package news.xuhui.ingest.publish;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;
import news.xuhui.ingest.config.InstanceId;

/** Producer settings computed at run time (see {@code kafka-configuration} in application.properties). */
@ApplicationScoped
public class ProducerConfigs {

    @Inject
    InstanceId instanceId;

    /**
     * The transactional id must be unique per instance and stable across its restarts: a restarted instance then
     * fences its own unfinished transaction instead of leaving it open.
     */
    @Produces
    @Identifier("ingest-events-producer")
    Map<String, Object> eventsProducer() {
        return Map.of("transactional.id", "ingest-" + instanceId.get());
    }
}
