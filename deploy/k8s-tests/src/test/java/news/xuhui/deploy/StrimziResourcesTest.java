package news.xuhui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * The Strimzi resources of deploy/k8s read into io.strimzi:api 0.51.0 (kafka.strimzi.io/v1) without a property the
 * model does not know ({@link Manifests#read} fails on one), and describe one KRaft cluster.
 */
class StrimziResourcesTest {

    private static final String CLUSTER_LABEL = "strimzi.io/cluster";

    @Test
    void everyStrimziResourceReadsIntoTheV1Model() {
        List<Manifests.Resource> strimzi = Manifests.all().stream()
                .filter(resource -> resource.node().path("apiVersion").asText().startsWith("kafka.strimzi.io/"))
                .toList();
        assertFalse(strimzi.isEmpty());
        strimzi.forEach(resource -> {
            assertEquals("kafka.strimzi.io/v1", resource.node().path("apiVersion").asText(), resource.toString());
            assertTrue(resource.model().getClass().getPackageName().startsWith("io.strimzi.api."), resource.toString());
        });
    }

    @Test
    void oneKraftClusterOfThreeDualRoleNodes() {
        List<Kafka> kafkas = Manifests.models(Kafka.class);
        assertEquals(1, kafkas.size(), "one Kafka");
        String cluster = kafkas.get(0).getMetadata().getName();

        List<KafkaNodePool> pools = Manifests.models(KafkaNodePool.class);
        assertFalse(pools.isEmpty(), "node pools: KRaft nodes are defined by them");
        int dualRole = 0;
        for (KafkaNodePool pool : pools) {
            assertEquals(cluster, pool.getMetadata().getLabels().get(CLUSTER_LABEL), "pool's cluster");
            if (Set.copyOf(pool.getSpec().getRoles()).equals(Set.of(ProcessRoles.CONTROLLER, ProcessRoles.BROKER))) {
                dualRole += pool.getSpec().getReplicas();
            }
        }
        assertEquals(3, dualRole, "controller+broker nodes");
        assertEquals(2, Integer.parseInt(String.valueOf(kafkas.get(0).getSpec().getKafka().getConfig()
                .get("min.insync.replicas"))), "the brokers' default min.insync.replicas");
    }

    @Test
    void everyTopicBelongsToTheCluster() {
        String cluster = Manifests.models(Kafka.class).get(0).getMetadata().getName();
        List<KafkaTopic> topics = Manifests.models(KafkaTopic.class);
        assertFalse(topics.isEmpty());
        topics.forEach(topic -> assertEquals(cluster, topic.getMetadata().getLabels().get(CLUSTER_LABEL),
                topic.getMetadata().getName()));
    }

    /** The strict reading is what the other tests rest on: a misspelt field must fail it. */
    @Test
    void aMisspeltFieldFailsTheReading(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("topic.yaml"), """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: t
                spec:
                  partitons: 3
                """);
        AssertionError error = assertThrows(AssertionError.class, () -> Manifests.read(file));
        assertTrue(error.getMessage().contains("partitons"), error.getMessage());

        Path oldVersion = Files.writeString(dir.resolve("old.yaml"), """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: t
                """);
        assertThrows(AssertionError.class, () -> Manifests.read(oldVersion));
    }
}
