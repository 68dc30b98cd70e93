package news.xuhui.query.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Links keep letters readable and encode only what would change the URL's meaning. */
class PageUrlTest {

    @Test
    void lettersStayPunctuationAndSpacesAreEncoded() {
        assertEquals("张建国", PageUrl.encode("张建国"));
        assertEquals("a%20b%26c%3Dd%2Fe%3Ff%23g%25h%2B", PageUrl.encode("a b&c=d/e?f#g%h+"));
        assertEquals("%E3%80%80", PageUrl.encode("\u3000"), "an ideographic space is a space");
        assertEquals("/people/A%2FB", PageUrl.path(List.of("people", "A/B")));
        // what the browser sends for such a link decodes to the value again
        String href = "/?person=" + PageUrl.encode("王 五&六");
        assertEquals("person=王 五&六", URI.create(href).getQuery());
    }
}
