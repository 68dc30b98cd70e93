package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static news.xuhui.infra.http.Problems.assertAnnouncedBodyRefused;
import static news.xuhui.infra.http.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;

/** Refusals made before any resource runs answer problem+json like every other error. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class HttpRefusalsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void searchUrlOverTheLineLimitIsAUriTooLongProblem() {
        // 5,400 bytes of URL: what a long Chinese query percent-encodes to
        assertProblem(given().queryParam("q", "x".repeat(5400)).get("/api/articles"), 414, "uri-too-long");
    }

    @Test
    void urlWithinTheLineLimitIsServed() {
        given().queryParam("pad", "x".repeat(3000)).get("/api/editions").then().statusCode(200);
    }

    @Test
    void bodyOverTheSizeLimitIsAContentTooLargeProblem() throws IOException {
        assertEquals("/api/editions", assertAnnouncedBodyRefused(root, "/api/editions", 64L * 1024 * 1024)
                .path("instance").asText());
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        var response = given().body("{}").contentType("application/json").post("/api/editions");
        assertProblem(response, 405, "http-405");
        assertEquals("GET, HEAD, OPTIONS", response.header("Allow"), "the methods /api/editions takes");
    }

    @Test
    void unacceptableMediaTypeIsANotAcceptableProblem() {
        assertProblem(given().accept("application/xml").get("/api/editions"), 406, "http-406");
    }
}
