package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.query.search.SearchSlots;

/** With every search slot taken, searches are refused with a 503 problem that says when to retry; reads are not. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
@TestProfile(OtherSearchSettingsProfile.class)
class SearchBusyTest {

    @Inject
    SearchSlots slots;

    @Test
    void searchesWaitingTooLongAreRefusedWithRetryAfter() {
        double before = refused();
        try (SearchSlots.Slot held = slots.take()) {
            for (String path : new String[] {"/api/articles?q=徐汇", "/api/articles/facets?q=徐汇", "/api/articles"}) {
                given().get(path).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "1") // 0.2 s of waiting, rounded up
                        .body("type", equalTo("urn:news.xuhui:problem:search-busy"))
                        .body("status", equalTo(503))
                        .body("detail", startsWith("too many searches at once"));
            }
            // a read by id takes no slot: it is answered (here: not found), not refused
            given().get("/api/articles/no-such-article").then().statusCode(404);
        }
        given().queryParam("q", "徐汇").get("/api/articles").then().statusCode(200);
        assertEquals(before + 3, refused(), "three refusals counted");
    }

    /** Searches refused so far: other tests of this profile (the web app's) may have been refused before. */
    static double refused() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^query_search_refused_total(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }
}
