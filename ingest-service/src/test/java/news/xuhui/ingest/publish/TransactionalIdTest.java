package news.xuhui.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.ingest.config.InstanceId;

/**
 * Two instances sharing an inbox must not share a transactional id: each would fence the other's transaction on
 * every begin, and they would publish one at a time. The id the producer really runs with derives from the
 * instance id, not from the channel's name.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class TransactionalIdTest {

    @Inject
    KafkaClientService clients;

    @Inject
    InstanceId instanceId;

    @Test
    void theEventsProducerUsesThisInstancesTransactionalId() {
        Object id = clients.getProducer("events").configuration().get("transactional.id");
        assertEquals("ingest-" + instanceId.get(), id);
        assertEquals("ingest-test-instance", id, "the %test profile names its instance test-instance");
    }
}
