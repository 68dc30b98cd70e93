package news.xuhui.ingest.rest;

import static io.restassured.RestAssured.given;
import static news.xuhui.ingest.security.TestUsers.asWriter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.parser.PageParser;

@QuarkusTest
@WithTestResource(InfraTestResource.class)
class FileResourceTest {

    private static void awaitState(String sha, String state) {
        Awaitility.await(sha + " " + state).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> state.equals(given().get("/api/files/" + sha).jsonPath().getString("state")));
    }

    @Test
    void uploadedPageIsProcessedAndItsArticlesListed() {
        String marker = "up" + System.nanoTime();
        byte[] page = ("# 公园新添健身步道\n\n本报讯 " + marker + " 公园新建的健身步道全长两公里。\n\n第二段。\n")
                .getBytes(StandardCharsets.UTF_8);
        String sha = PageParser.sha256Hex(page);

        asWriter().body(page).contentType("application/octet-stream").queryParam("filename", marker + ".txt")
                .post("/api/files")
                .then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/files/" + sha))
                .body("sha256", equalTo(sha))
                .body("state", equalTo("pending"))
                .body("fileName", equalTo(marker + ".txt"));

        awaitState(sha, "processed");
        given().get("/api/files/" + sha).then().statusCode(200)
                .body("articleIds", hasSize(1))
                .body("articleIds[0]", equalTo(sha.substring(0, 16) + "-00"))
                .body("parserVersion", equalTo(PageParser.VERSION))
                // what the parser was unsure of: a list, empty while the parser reports nothing on such a page
                .body("warnings", instanceOf(java.util.List.class));

        // the same content again, under another name: reported as a duplicate of the first
        asWriter().body(page).contentType("text/plain").queryParam("filename", marker + "-again.txt")
                .post("/api/files").then().statusCode(202);
        awaitState(sha, "duplicate");
        given().get("/api/files/" + sha).then().body("duplicateOf", equalTo(marker + ".txt"));
    }

    @Test
    void failedUploadReportsItsError() {
        byte[] binary = new byte[2048];
        binary[0] = (byte) 0x89;
        binary[1] = 'P';
        String sha = PageParser.sha256Hex(binary);
        asWriter().body(binary).contentType("application/octet-stream").post("/api/files").then().statusCode(202)
                .body("fileName", startsWith("upload-"));
        awaitState(sha, "failed");
        given().get("/api/files/" + sha).then().body("error.reason", equalTo("binary"))
                .body("error.stage", equalTo("parse"));
    }

    @Test
    void badRequestsAreProblems() {
        asWriter().body(new byte[0]).contentType("application/octet-stream").post("/api/files").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:news.xuhui:problem:empty-file"));
        for (String name : new String[] { "../escape.txt", "sub/dir.txt", ".hidden.txt", "..", "a\u0001b.txt" }) {
            asWriter().body("正文".getBytes(StandardCharsets.UTF_8)).contentType("text/plain").queryParam("filename", name)
                    .post("/api/files").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:news.xuhui:problem:invalid-filename"));
        }
        given().get("/api/files/not-a-hash").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/files/" + "0".repeat(64)).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:news.xuhui:problem:file-not-found"));
    }
}
