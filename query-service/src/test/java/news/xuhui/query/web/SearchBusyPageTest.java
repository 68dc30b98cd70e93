package news.xuhui.query.web;

import static io.restassured.RestAssured.given;
import static news.xuhui.query.web.WebPages.one;
import static news.xuhui.query.web.WebPages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.query.rest.OtherSearchSettingsProfile;
import news.xuhui.query.search.SearchSlots;

/** With every search slot taken, the search page answers 503 with Retry-After and says to try again. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
@TestProfile(OtherSearchSettingsProfile.class)
class SearchBusyPageTest {

    @Inject
    SearchSlots slots;

    @Test
    void aBusySearchIsA503PageAskingToRetry() {
        try (SearchSlots.Slot held = slots.take()) {
            Document zh = page(given(), "/?q=徐汇", 503);
            assertEquals("检索繁忙，请稍后再试。", one(zh, "#results-region #error").text());
            assertEquals("徐汇", one(zh, "#q").val());
            Document en = page(given().header("Accept-Language", "en"), "/?q=徐汇&sort=newest", 503);
            assertTrue(one(en, "#error").text().contains("try again"), one(en, "#error").text());
            given().get("/?q=徐汇").then().statusCode(503).header("Retry-After", "1");
        }
    }
}
