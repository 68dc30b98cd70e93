package news.xuhui.ingest.rest;

import static io.restassured.RestAssured.given;
import static news.xuhui.infra.http.Problems.assertAnnouncedBodyRefused;
import static news.xuhui.infra.http.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;

/** What Vert.x or RESTEasy refuse before a resource runs is problem+json too. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class HttpRefusalsTest {

    private static final byte[] PAGE = "# 标题\n\n正文第一段。\n".getBytes(StandardCharsets.UTF_8);

    @TestHTTPResource("/")
    URL root;

    @Test
    void overLongRequestLineIsAUriTooLongProblem() {
        assertProblem(given().queryParam("filename", "x".repeat(5400)).body(PAGE).contentType("text/plain")
                .post("/api/parse"), 414, "uri-too-long");
    }

    @Test
    void requestLineWithinTheLimitIsServed() {
        given().queryParam("filename", "x".repeat(3000)).body(PAGE).contentType("text/plain")
                .post("/api/parse")
                .then().statusCode(200);
    }

    @Test
    void bodyOverTheSizeLimitIsAContentTooLargeProblem() throws IOException {
        JsonNode problem = assertAnnouncedBodyRefused(root, "/api/parse", 60L * 1024 * 1024);
        assertEquals("/api/parse", problem.path("instance").asText());
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        var response = given().delete("/api/files/" + "0".repeat(64));
        assertProblem(response, 405, "http-405");
        assertTrue(response.header("Allow") != null && response.header("Allow").contains("GET"),
                "the methods a file's record takes: " + response.header("Allow"));
    }

    @Test
    void unacceptableMediaTypeIsANotAcceptableProblem() {
        assertProblem(given().accept("application/xml").get("/api/files/" + "0".repeat(64)), 406, "http-406");
    }
}
