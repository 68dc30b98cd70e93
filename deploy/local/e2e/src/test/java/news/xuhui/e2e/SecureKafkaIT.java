package news.xuhui.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.xuhui.infra.KafkaBroker;
import news.xuhui.infra.LocalInfra;
import news.xuhui.infra.Ports;
import news.xuhui.infra.ScramUsers;

/**
 * A broker that takes SASL/SCRAM-SHA-512 logins only: both services work with their own Kafka users, given through
 * the standard KAFKA_* variables, while a client without a login, or with a wrong password, is refused.
 */
class SecureKafkaIT extends EndToEndTest {

    @BeforeAll
    static void startSecureSystem() throws IOException {
        createWork("e2e-scram");
        LocalInfra secure = LocalInfra.startSecure(work.resolve("data"), Ports.free(), Ports.free(),
                ScramUsers.loadOrCreate(work.resolve("scram-users.properties")));
        useInfrastructure(secure, secure.environment(LocalInfra.QUERY_KAFKA_USER));
        query = start("query-service", Map.of());
        // the ingest user's login replaces the query user's
        ingest = start("ingest-service", secure.environment(LocalInfra.INGEST_KAFKA_USER));
    }

    @Test
    void anUploadedPageIsQueryableThroughTheSecuredBroker() {
        byte[] page = ("# 社区图书馆延长开放时间\n\n本报讯 社区图书馆从下月起每天开放到晚上九点，方便居民下班后借书。\n")
                .getBytes(StandardCharsets.UTF_8);
        String id = Pages.expectedIds(ingest.baseUri(), page).get(0);
        given().baseUri(ingest.baseUri()).auth().preemptive()
                .basic(ServiceProcess.INGEST_USER, ServiceProcess.INGEST_PASSWORD)
                .body(page).contentType("text/plain").queryParam("filename", "scram-" + System.nanoTime() + ".txt")
                .post("/api/files").then().statusCode(202);
        Awaitility.await("article stored by query-service").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().baseUri(query.baseUri()).get("/api/articles/" + id).statusCode() == 200);
        given().baseUri(query.baseUri()).get("/api/articles/" + id).then()
                .body("paragraphs[0]", containsString("社区图书馆"));
    }

    @Test
    void aServiceLoginMayListTheTopics() throws Exception {
        Map<String, Object> config = clientConfig();
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", KafkaBroker.SCRAM_MECHANISM);
        config.put("sasl.jaas.config", infra.kafka().clientEnvironment(LocalInfra.INGEST_KAFKA_USER)
                .get("KAFKA_SASL_JAAS_CONFIG"));
        try (Admin admin = Admin.create(config)) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertTrue(topics.containsAll(List.of("news.articles", "news.pages")), topics.toString());
        }
    }

    @Test
    void aClientWithoutALoginIsRefused() {
        try (Admin admin = Admin.create(clientConfig())) {
            assertThrows(ExecutionException.class, () -> admin.listTopics().names().get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aClientWithAWrongPasswordIsRefused() {
        Map<String, Object> config = clientConfig();
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", KafkaBroker.SCRAM_MECHANISM);
        config.put("sasl.jaas.config", KafkaBroker.jaasConfig(LocalInfra.INGEST_KAFKA_USER, "not-the-password"));
        try (Admin admin = Admin.create(config)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> admin.listTopics().names().get(30, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }

    /** Bootstrap only, and short timeouts: a refused client fails within seconds. */
    private static Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 6000);
        return config;
    }
}
