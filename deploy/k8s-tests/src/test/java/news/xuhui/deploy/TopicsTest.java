package news.xuhui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Every topic the services use has a KafkaTopic (the cluster creates no topic by itself), read from where the
 * services are configured, not from a list of its own: their application.properties and ingest-service's AsyncAPI
 * document, which also says which topics are compacted.
 */
class TopicsTest {

    /** The topic of a channel, and of its dead-letter queue. */
    private static final String CHANNEL_TOPIC =
            "mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(dead-letter-queue\\.)?topic";
    private static final Path ASYNCAPI = Manifests.ROOT.resolve("ingest-service/src/main/resources/asyncapi.yaml");

    @Test
    void everyTopicTheServicesUseHasAKafkaTopic() {
        Map<String, KafkaTopic> declared = declaredTopics();
        TreeSet<String> used = new TreeSet<>(cleanupPolicies().keySet());
        for (String service : new String[] {"ingest-service", "query-service"}) {
            Properties properties =
                    properties(Manifests.ROOT.resolve(service + "/src/main/resources/application.properties"));
            properties.stringPropertyNames().stream()
                    .filter(key -> key.matches(CHANNEL_TOPIC))
                    .map(properties::getProperty)
                    .forEach(used::add);
        }
        assertTrue(used.containsAll(List.of("news.articles", "news.pages", "news.articles.dlq")),
                "the topics were not found where the services configure them: " + used);
        TreeSet<String> missing = new TreeSet<>(used);
        missing.removeAll(declared.keySet());
        assertEquals(new TreeSet<>(), missing, "topics the services use without a KafkaTopic in deploy/k8s");
    }

    @Test
    void topicsAreReplicatedAndKeepTheCleanupPolicyOfTheContract() {
        Map<String, String> compacted = cleanupPolicies();
        declaredTopics().forEach((name, topic) -> {
            assertEquals(3, topic.getSpec().getReplicas(), name + ": replicas");
            assertEquals("2", String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas")),
                    name + ": min.insync.replicas");
            assertNotNull(topic.getSpec().getPartitions(), name + ": partitions");
            assertEquals(compacted.getOrDefault(name, "delete"),
                    String.valueOf(topic.getSpec().getConfig().get("cleanup.policy")), name + ": cleanup.policy");
        });
    }

    @Test
    void everyQueryReplicaTheAutoscalerMayStartGetsAPartition() {
        KafkaTopic articles = declaredTopics().get("news.articles");
        HorizontalPodAutoscaler hpa = Manifests.models(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals("query-service"))
                .findFirst().orElseThrow();
        assertTrue(articles.getSpec().getPartitions() >= hpa.getSpec().getMaxReplicas(),
                "a query-service replica beyond news.articles' partitions would consume nothing");
    }

    @Test
    void composeCreatesTheSameTopicsWithTheSameCleanupPolicy() {
        JsonNode compose = Manifests.documents(Manifests.ROOT.resolve("deploy/compose/docker-compose.yml")).get(0);
        String script = compose.path("services").path("kafka-topics").path("command").path(0).asText();
        Map<String, String> created = new TreeMap<>();
        Matcher create = Pattern.compile("(?m)^\\s*create (\\S+) .*cleanup\\.policy=(\\w+)").matcher(script);
        while (create.find()) {
            created.put(create.group(1), create.group(2));
        }
        Map<String, String> declared = new TreeMap<>();
        declaredTopics().forEach((name, topic) -> declared.put(name,
                String.valueOf(topic.getSpec().getConfig().get("cleanup.policy"))));
        assertEquals(declared, created, "topics of deploy/compose's kafka-topics vs deploy/k8s");
    }

    /** KafkaTopic by the topic's name (spec.topicName, else the resource's name). */
    private static Map<String, KafkaTopic> declaredTopics() {
        return Manifests.models(KafkaTopic.class).stream().collect(Collectors.toMap(
                topic -> topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName()
                        : topic.getMetadata().getName(),
                Function.identity()));
    }

    /** Each channel address of the AsyncAPI document with its cleanup.policy binding, "delete" where it has none. */
    private static Map<String, String> cleanupPolicies() {
        JsonNode channels = Manifests.documents(ASYNCAPI).get(0).path("channels");
        Map<String, String> policies = new TreeMap<>();
        channels.forEach(channel -> {
            JsonNode policy = channel.path("bindings").path("kafka").path("topicConfiguration").path("cleanup.policy");
            policies.put(channel.path("address").asText(), policy.isEmpty() ? "delete" : joined(policy));
        });
        assertFalse(policies.isEmpty(), "no channels in " + ASYNCAPI);
        return policies;
    }

    private static String joined(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join(",", values);
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
