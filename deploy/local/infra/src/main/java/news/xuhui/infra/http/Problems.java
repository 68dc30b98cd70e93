package news.xuhui.infra.http;

import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The checks the services' tests make of every problem+json answer (RFC 9457), in one place. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /**
     * Asserts that {@code response} is a problem of {@code status} whose type is
     * {@code urn:news.xuhui:problem:<type>}, the body repeating the status; returns it for further checks.
     */
    public static ValidatableResponse assertProblem(Response response, int status, String type) {
        return response.then().statusCode(status).contentType(MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("type", equalTo("urn:news.xuhui:problem:" + type));
    }

    /**
     * Sends only the head of a {@code POST path} announcing a body of {@code bytes} and never the body, as a client
     * about to upload something too large would; asserts the answer is a 413 problem decided on the Content-Length
     * alone, and returns the problem. The refusal closes the connection, so the whole answer is what arrives before
     * it is closed.
     */
    public static JsonNode assertAnnouncedBodyRefused(URL root, String path, long bytes) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + bytes + "\r\n\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            if (!response.startsWith("HTTP/1.1 413")
                    || !response.toLowerCase().contains("\r\ncontent-type: " + MEDIA_TYPE)) {
                throw new AssertionError("expected a 413 problem, got: " + response);
            }
            JsonNode problem = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            if (problem.path("status").asInt() != 413
                    || !"urn:news.xuhui:problem:body-too-large".equals(problem.path("type").asText())) {
                throw new AssertionError("expected a body-too-large problem, got: " + problem);
            }
            return problem;
        }
    }
}
