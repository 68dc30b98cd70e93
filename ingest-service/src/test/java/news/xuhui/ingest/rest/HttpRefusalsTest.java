package news.xuhui.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

/** What Vert.x or RESTEasy refuse before a resource runs is problem+json too. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class HttpRefusalsTest {

    private static final byte[] PAGE = "# 标题\n\n正文第一段。\n".getBytes(StandardCharsets.UTF_8);

    @TestHTTPResource("/")
    URL root;

    @Test
    void overLongRequestLineIsAUriTooLongProblem() {
        given().queryParam("filename", "x".repeat(5400)).body(PAGE).contentType("text/plain")
                .post("/api/parse")
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("type", equalTo("urn:news.xuhui:problem:uri-too-long"));
    }

    @Test
    void requestLineWithinTheLimitIsServed() {
        given().queryParam("filename", "x".repeat(3000)).body(PAGE).contentType("text/plain")
                .post("/api/parse")
                .then().statusCode(200);
    }

    @Test
    void bodyOverTheSizeLimitIsAContentTooLargeProblem() throws IOException {
        // announced but never sent: the refusal must come from the Content-Length alone
        String head = "POST /api/parse HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + (60L * 1024 * 1024) + "\r\n\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            JsonNode problem = new ObjectMapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertEquals(413, problem.get("status").asInt());
            assertEquals("urn:news.xuhui:problem:body-too-large", problem.get("type").asText());
        }
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblemWithAllow() {
        given().delete("/api/files/" + "0".repeat(64))
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:news.xuhui:problem:http-405"));
    }

    @Test
    void unacceptableMediaTypeIsANotAcceptableProblem() {
        given().accept("application/xml").get("/api/files/" + "0".repeat(64))
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:news.xuhui:problem:http-406"));
    }

    /** Headers and the body up to its Content-Length (the server closes the connection after a refusal anyway). */
    private static String readResponse(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        StringBuilder text = new StringBuilder();
        int n;
        while ((n = in.read(buffer)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                String lower = text.substring(0, end + 2).toLowerCase();
                int at = lower.indexOf("content-length:");
                if (at >= 0) {
                    int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).strip());
                    if (text.length() - end - 4 >= length) {
                        break;
                    }
                }
            }
        }
        return text.toString();
    }
}
