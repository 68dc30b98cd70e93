package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;

/**
 * The typed parameters' edges beyond the resources' own tests: blank values count as absent, path parameters are
 * named like query parameters (JAX-RS alone would answer 404 for an unconvertible one), and the OpenAPI document
 * shows the types and ranges the constraints enforce.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class TypedParametersTest {

    @Test
    void blankValuesCountAsAbsent() {
        given().queryParam("size", "").queryParam("page", " ").queryParam("from", "").queryParam("sort", "")
                .get("/api/articles").then().statusCode(200)
                .body("size", equalTo(20)).body("page", equalTo(0));
        given().queryParam("size", "").get("/api/editions").then().statusCode(200).body("size", equalTo(20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/editions/2024-1-1, date",
            "/api/editions/20240101, date",
            "/api/articles/0123456789012345678901234567890123456789012345678901234567890123456789, id",
            "/api/people/人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人人/articles, name" })
    void aBadPathParameterIsA400NamingIt(String path, String parameter) {
        given().get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:news.xuhui:problem:invalid-parameter"))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString("'" + parameter + "'"));
    }

    @Test
    void openApiShowsTheTypesAndRanges() {
        String size = "paths.'/api/articles'.get.parameters.find { it.name == 'size' }.schema";
        String from = "paths.'/api/articles'.get.parameters.find { it.name == 'from' }.schema";
        String sort = "paths.'/api/articles'.get.parameters.find { it.name == 'sort' }.schema";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(size + ".type", equalTo("integer"))
                .body(size + ".minimum", equalTo(1))
                .body(size + ".maximum", equalTo(ArticleResource.MAX_SIZE))
                .body(from + ".'$ref'", equalTo("#/components/schemas/LocalDate"))
                .body("components.schemas.LocalDate.format", equalTo("date"))
                .body(sort + ".enum", hasItems("relevance", "newest", "oldest"));
    }
}
