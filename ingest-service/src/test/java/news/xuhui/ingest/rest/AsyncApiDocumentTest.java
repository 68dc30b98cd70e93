package news.xuhui.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.LocalInfra;

/**
 * The AsyncAPI document served at /asyncapi.yaml describes the topics the services really use: its channel addresses
 * are exactly the topics of this service's effective configuration plus query-service's incoming and dead-letter
 * topics, its operations send on ingest-service's ones, and every schema it refers to is served beside it.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class AsyncApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode doc;

    @BeforeEach
    void fetch() throws IOException {
        String body = given().when().get("/asyncapi.yaml")
                .then().statusCode(200).contentType("application/yaml")
                .extract().asString();
        doc = YAML.readTree(body);
    }

    private Set<String> addresses() {
        Set<String> out = new TreeSet<>();
        doc.get("channels").forEach(c -> out.add(c.get("address").asText()));
        return out;
    }

    /** The topic each of this service's outgoing channels writes, and the page topic it names per record. */
    private static Set<String> ingestTopics() {
        Config config = ConfigProvider.getConfig();
        Set<String> out = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.outgoing.") && name.endsWith(".topic")) {
                out.add(config.getValue(name, String.class));
            }
        }
        out.add(config.getOptionalValue("ingest.pages-topic", String.class).orElse("news.pages"));
        return out;
    }

    /**
     * query-service's topics, from its application.properties: those it reads, and the dead-letter topics it writes
     * (through the connector's dead-letter strategy, or a channel of its own).
     */
    private static Set<String> queryTopics() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(
                Path.of("..", "query-service", "src", "main", "resources", "application.properties"))) {
            p.load(in);
        }
        Set<String> out = new TreeSet<>();
        for (String name : p.stringPropertyNames()) {
            if ((name.startsWith("mp.messaging.incoming.") || name.startsWith("mp.messaging.outgoing."))
                    && (name.endsWith(".topic") || name.endsWith(".dead-letter-queue.topic"))) {
                out.add(p.getProperty(name));
            }
        }
        return out;
    }

    @Test
    void isAnAsyncApi3Document() {
        assertEquals("3.0.0", doc.get("asyncapi").asText());
        assertFalse(doc.path("operations").isEmpty());
    }

    @Test
    void channelsAreTheTopicsTheServicesUse() throws IOException {
        Set<String> used = new TreeSet<>(ingestTopics());
        used.addAll(queryTopics());
        assertTrue(used.contains("news.articles.dlq"), "the dead-letter topics were found in the configuration");
        assertEquals(used, addresses());
        assertEquals(LocalInfra.TOPICS.keySet(), addresses(), "the local broker creates every topic documented");
    }

    @Test
    void ingestServiceSendsOnItsOutgoingTopics() {
        Set<String> sent = new TreeSet<>();
        for (JsonNode op : doc.get("operations")) {
            if (op.get("action").asText().equals("send") && op.get("title").asText().startsWith("ingest-service")) {
                sent.add(channel(op).get("address").asText());
            }
        }
        assertEquals(ingestTopics(), sent);
    }

    @Test
    void everyReferenceResolves() throws IOException {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertTrue(refs.stream().anyMatch(r -> r.endsWith(".schema.json")), "payloads refer to the schema files");
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertFalse(doc.at(ref.substring(1)).isMissingNode(), ref);
            } else {
                // relative to the document: served beside it, and on the classpath beside it
                JsonNode schema = JSON.readTree(given().when().get("/" + ref)
                        .then().statusCode(200).extract().asByteArray());
                assertTrue(schema.get("$id").asText().startsWith("urn:news.xuhui:schema:"), ref);
                assertTrue(getClass().getClassLoader().getResource(ref) != null, ref + " is on the classpath");
            }
        }
    }

    @Test
    void unknownSchemaFilesAreNotServed() {
        given().when().get("/schema/application.properties").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    private JsonNode channel(JsonNode operation) {
        return doc.at(operation.get("channel").get("$ref").asText().substring(1));
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}
