package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
        given().queryParam("q", "x".repeat(5400)).get("/api/articles")
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("type", equalTo("urn:news.xuhui:problem:uri-too-long"));
    }

    @Test
    void urlWithinTheLineLimitIsServed() {
        given().queryParam("pad", "x".repeat(3000)).get("/api/editions").then().statusCode(200);
    }

    @Test
    void bodyOverTheSizeLimitIsAContentTooLargeProblem() throws IOException {
        // only announced: the Content-Length alone must decide
        String request = "POST /api/editions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (64L * 1024 * 1024) + "\r\n\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = untilClosed(socket.getInputStream());
            assertEquals("HTTP/1.1 413", response.substring(0, 12), response);
            assertTrue(response.toLowerCase().contains("\r\ncontent-type: application/problem+json"), response);
            JsonNode problem = new ObjectMapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertEquals(413, problem.get("status").asInt());
            assertEquals("urn:news.xuhui:problem:body-too-large", problem.get("type").asText());
        }
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        given().body("{}").contentType("application/json").post("/api/editions")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void unacceptableMediaTypeIsANotAcceptableProblem() {
        given().accept("application/xml").get("/api/editions")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406));
    }

    /** The refusal closes the connection (Connection: close), so the whole response is what arrives before EOF. */
    private static String untilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
