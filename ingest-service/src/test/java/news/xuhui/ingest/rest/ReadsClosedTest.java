package news.xuhui.ingest.rest;

import static io.restassured.RestAssured.given;
import static news.xuhui.ingest.security.TestUsers.asReader;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWithIgnoringCase;


import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.ingest.OtherSettingsProfile;

@QuarkusTest
@WithTestResource(InfraTestResource.class)
@TestProfile(OtherSettingsProfile.class)
class ReadsClosedTest {

    @Test
    void anonymousReadIsAnUnauthorizedProblem() {
        given().get("/api/files/" + "0".repeat(64))
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWithIgnoringCase("basic realm="))
                .body("type", equalTo("urn:news.xuhui:problem:unauthorized"));
    }

    @Test
    void anyLoggedInUserMayRead() {
        asReader().get("/api/files/" + "0".repeat(64))
                .then().statusCode(404)
                .body("type", equalTo("urn:news.xuhui:problem:file-not-found"));
    }

    @Test
    void healthStaysOpen() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
