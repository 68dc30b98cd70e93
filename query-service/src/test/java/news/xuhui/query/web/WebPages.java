package news.xuhui.query.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.specification.RequestSpecification;

/** The reading app's pages as a browser gets them: fetched by their links, parsed as HTML. */
final class WebPages {

    private WebPages() {
    }

    /** The page at {@code href}, which must answer {@code status} with HTML. */
    static Document page(String href, int status) {
        return page(given(), href, status);
    }

    static Document page(RequestSpecification request, String href, int status) {
        // a link may hold letters as they are (/people/张三): sent as the browser sends them, percent-encoded
        String html = request.urlEncodingEnabled(false).get(URI.create(href).toASCIIString()).then()
                .statusCode(status).contentType(startsWith("text/html")).extract().asString();
        return Jsoup.parse(html);
    }

    static Document get(String href) {
        return page(href, 200);
    }

    /** Follows a link of a page; it must lead to a page that answers 200. */
    static Document follow(Element link) {
        return get(link.attr("href"));
    }

    /** One element the page must have. */
    static Element one(Element page, String selector) {
        Element e = page.selectFirst(selector);
        if (e == null) {
            throw new AssertionError("no " + selector + " in\n" + page);
        }
        return e;
    }
}
