package news.xuhui.ingest.web;

import static io.restassured.RestAssured.given;
import static news.xuhui.ingest.security.TestUsers.asReader;
import static news.xuhui.ingest.security.TestUsers.asWriter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWithIgnoringCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.page.FailureReason;
import news.xuhui.ingest.watch.InboxDrops;

/** The feeding app at {@code /}: the markup the browser tests rely on (web-contract.md), its languages, its gauges. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class FeedingAppTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Inject
    IngestConfig config;

    @Inject
    ObjectMapper json;

    private static Document page(String acceptLanguage) {
        var request = asWriter();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        String html = request.get("/").then().statusCode(200).contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }

    private static Element one(Document page, String selector) {
        Element found = page.selectFirst(selector);
        assertNotNull(found, "the page has " + selector);
        return found;
    }

    private ClientMessages messages(Document page) throws Exception {
        return json.readValue(one(page, "script#messages[type=application/json]").data(), ClientMessages.class);
    }

    private static JsonPath gauges() {
        return given().get("/api/inbox").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pageNeedsTheWritersRole() {
        given().get("/").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWithIgnoringCase("basic realm="))
                .body("type", equalTo("urn:news.xuhui:problem:unauthorized"));
        given().auth().preemptive().basic("ingest", "wrong").get("/").then().statusCode(401)
                .contentType("application/problem+json");
        asReader().get("/").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void pageHasTheContractsElements() {
        Document page = page(null);
        assertEquals("zh-CN", one(page, "html").attr("lang"));
        one(page, "meta[name=viewport]");
        for (String gauge : List.of("#gauge-waiting", "#gauge-in-flight", "#gauge-failed-today")) {
            assertTrue(one(page, "#gauges " + gauge).text().matches("\\d+"), gauge + " holds digits");
        }
        one(page, "#drop input#files[type=file][multiple]");
        assertEquals("选择文件", one(page, "label[for=files]").text());
        assertEquals("http://localhost:8080", one(page, "table#uploads").attr("data-reading-app-url"),
                "the reading app's default URL, for the article links");
        one(page, "textarea#preview-text");
        one(page, "label[for=preview-text]");
        one(page, "input#preview-file[type=file]");
        one(page, "label[for=preview-file]");
        one(page, "button#preview-run");
        one(page, "#preview-results");
        assertTrue(one(page, "#preview-error").hasAttr("hidden"), "no preview error before a preview");

        // the page's own script and style are served, from this service (no CDN)
        for (Element asset : page.select("script[src], link[rel=stylesheet]")) {
            String url = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
            assertTrue(url.startsWith("/"), url + " is served by the service itself");
            given().get(url).then().statusCode(200);
        }
        assertFalse(page.select("script[src]").isEmpty(), "the page has its script");
    }

    @Test
    void englishWhenTheBrowserPrefersIt() throws Exception {
        Document english = page("en-GB,en;q=0.9,zh-CN;q=0.5");
        assertEquals("en", one(english, "html").attr("lang"));
        assertEquals("Choose files", one(english, "label[for=files]").text());
        assertEquals("not a text file (binary content)", messages(english).reasons().get("binary"));

        assertEquals("zh-CN", one(page("zh-TW,zh;q=0.9,en;q=0.5"), "html").attr("lang"), "Chinese preferred");
        assertEquals("zh-CN", one(page("fr-FR"), "html").attr("lang"), "Chinese for a language the app lacks");
        asWriter().header("Accept-Language", "en").get("/").then().header("Vary", "Accept-Language");
    }

    @Test
    void everyFailureReasonAndRowStateHasASentenceInBothLanguages() throws Exception {
        ClientMessages chinese = messages(page("zh-CN"));
        ClientMessages english = messages(page("en"));
        assertEquals("不是文本文件（二进制内容）", chinese.reasons().get("binary"));
        for (FailureReason reason : FailureReason.values()) {
            String zh = chinese.reasons().get(reason.code());
            String en = english.reasons().get(reason.code());
            assertTrue(zh != null && CHINESE.matcher(zh).find(), reason + " in Chinese: " + zh);
            assertTrue(en != null && !en.isBlank() && !CHINESE.matcher(en).find(), reason + " in English: " + en);
        }
        assertEquals(FailureReason.values().length, new HashSet<>(chinese.reasons().values()).size(),
                "each reason its own sentence");
        Set<String> states = Set.of("uploading", "waiting", "processing", "processed", "duplicate", "failed");
        assertEquals(states, chinese.states().keySet(), "the contract's data-state values");
        assertEquals(states, english.states().keySet());
        for (Map<String, String> words : List.of(chinese.text(), english.text())) {
            words.forEach((key, text) -> assertFalse(text.isBlank(), key));
        }
        assertNotEquals(chinese.text(), english.text());
    }

    @Test
    void gaugesCountDroppedFiles() throws Exception {
        int failedBefore = gauges().getInt("failedToday");
        String run = "gauges-" + System.nanoTime();
        Path inbox = config.inbox();
        for (int i = 0; i < 3; i++) {
            InboxDrops.drop(inbox, run + "-" + i + ".txt", ("# 街道新开便民服务点" + i + "\n\n本报讯 " + run
                    + " 服务点每天上午九点开门。\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] binary = new byte[1024];
        binary[0] = (byte) 0x89;
        binary[1] = 'P';
        binary[2] = 'N';
        binary[3] = 'G';
        binary[5] = (byte) System.nanoTime();
        InboxDrops.drop(inbox, run + ".png", binary);

        // taken only once stable for ingest.stable-for: until then the files wait
        Awaitility.await("files waiting").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> gauges().getInt("waiting") >= 4);
        Awaitility.await("all taken, the binary failed").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonPath now = gauges();
                    return now.getInt("waiting") == 0 && now.getInt("inFlight") == 0
                            && now.getInt("failedToday") == failedBefore + 1;
                });
        InboxDrops.awaitFileIn(config.processed(), run + "-2.txt");
        assertEquals(String.valueOf(failedBefore + 1), one(page(null), "#gauge-failed-today").text(),
                "the page starts with the same counts");
    }

    @Test
    void gaugesAreInTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/inbox'.get", notNullValue());
    }
}
