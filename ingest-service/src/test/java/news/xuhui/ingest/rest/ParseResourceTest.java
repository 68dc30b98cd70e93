package news.xuhui.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.parser.PageParser;

@QuarkusTest
@WithTestResource(InfraTestResource.class)
class ParseResourceTest {

    static final Path SEEDS = Path.of("..", "seeds");

    @Test
    void parsesASeedPageWithoutPublishing() throws IOException {
        Path seed;
        try (var files = Files.list(SEEDS)) {
            seed = files.sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(seed);
        given().body(bytes).contentType("application/octet-stream")
                .queryParam("filename", seed.getFileName().toString())
                .when().post("/api/parse")
                .then().statusCode(200)
                .contentType("application/json")
                .body("sourceFile.name", equalTo(seed.getFileName().toString()))
                .body("sourceFile.sha256", equalTo(PageParser.sha256Hex(bytes)))
                .body("sourceFile.sizeBytes", equalTo(bytes.length))
                .body("articles.size()", greaterThan(0))
                .body("articles", everyItem(hasKey("paragraphs")))
                .body("articles", everyItem(hasKey("people")))
                .body("$", hasKey("edition"))
                .body("teasers", notNullValue());
    }

    @Test
    void acceptsPlainTextAndNamesNothingWhenNoFilenameIsGiven() {
        given().body("# 标题\n\n正文第一段。\n".getBytes(StandardCharsets.UTF_8)).contentType("text/plain")
                .when().post("/api/parse")
                .then().statusCode(200)
                .body("sourceFile.name", equalTo(null))
                .body("sourceFile.encoding", notNullValue());
    }

    @Test
    void unknownPathIsAProblemNotAStackTrace() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", startsWith("urn:news.xuhui:problem:"));
    }

    @Test
    void openApiDescribesTheParseEndpoint() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/parse"));
    }

    @Inject
    PageParser parser;

    @Inject
    IngestConfig config;

    @Test
    void theParserTakesTheSameSizeLimitAsTheInbox() {
        // a page the inbox accepts must never be refused afterwards by a lower limit of the parser's own
        assertEquals(config.maxFileBytes(), parser.options().maxBytes());
    }

    @Inject
    ParseSlots slots;

    @Test
    void parsesBeyondTheLimitAreTooManyRequestsProblems() {
        int taken = 0;
        while (slots.tryAcquire()) {
            taken++;
        }
        try {
            given().body("# 标题\n\n正文第一段。\n".getBytes(StandardCharsets.UTF_8)).contentType("text/plain")
                    .when().post("/api/parse")
                    .then().statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .body("type", equalTo("urn:news.xuhui:problem:parse-busy"));
        } finally {
            for (int i = 0; i < taken; i++) {
                slots.release();
            }
        }
        assertEquals(2, taken, "ingest.security.max-concurrent-parses defaults to 2");
        given().body("# 标题\n\n正文第一段。\n".getBytes(StandardCharsets.UTF_8)).contentType("text/plain")
                .when().post("/api/parse").then().statusCode(200);
    }
}
