package news.xuhui.ingest.rest;

import static io.restassured.RestAssured.given;
import static news.xuhui.infra.http.Problems.assertProblem;
import static news.xuhui.ingest.security.TestUsers.asReader;
import static news.xuhui.ingest.security.TestUsers.asWriter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWithIgnoringCase;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.ingest.security.TestUsers;

@QuarkusTest
@WithTestResource(InfraTestResource.class)
class WriteAccessTest {

    private static final byte[] PAGE = "# 标题\n\n本报讯 正文第一段。\n".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = { "/api/files", "/api/reparse" })
    void anonymousWriteIsAnUnauthorizedProblemWithAChallenge(String path) {
        assertProblem(given().body(PAGE).contentType("text/plain").post(path), 401, "unauthorized")
                .header("WWW-Authenticate", startsWithIgnoringCase("basic realm="))
                .body("instance", equalTo(path));
    }

    @Test
    void wrongPasswordIsAnUnauthorizedProblem() {
        assertProblem(given().auth().preemptive().basic(TestUsers.WRITER, "not-the-password")
                .body(PAGE).contentType("text/plain").post("/api/files"), 401, "unauthorized")
                .header("WWW-Authenticate", startsWithIgnoringCase("basic realm="));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/files", "/api/reparse" })
    void userWithoutTheIngestRoleGetsAForbiddenProblem(String path) {
        assertProblem(asReader().body(PAGE).contentType("text/plain").post(path), 403, "forbidden");
    }

    @Test
    void writerIsAccepted() {
        asWriter().body(PAGE).contentType("text/plain").queryParam("filename", "write-access-" + System.nanoTime() + ".txt")
                .post("/api/files")
                .then().statusCode(202)
                .body("state", equalTo("pending"));
    }

    @Test
    void readsAreOpenByDefault() {
        given().get("/api/files/" + "0".repeat(64)).then().statusCode(404)
                .body("type", equalTo("urn:news.xuhui:problem:file-not-found"));
        given().get("/api/reparse").then().statusCode(not(equalTo(401)));
    }
}
