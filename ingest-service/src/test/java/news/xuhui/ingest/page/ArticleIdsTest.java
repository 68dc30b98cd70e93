package news.xuhui.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static final String SHA = "3B7337B637DD3BF7aa00000000000000000000000000000000000000000000ff";

    @Test
    void idIsPagePrefixAndPosition() {
        assertEquals("3b7337b637dd3bf7-00", ArticleIds.of(SHA, 0));
        assertEquals("3b7337b637dd3bf7-12", ArticleIds.of(SHA, 12));
    }

    @Test
    void samePageSamePositionSameId() {
        assertEquals(ArticleIds.of(SHA.toLowerCase(), 3), ArticleIds.of(SHA, 3));
        assertNotEquals(ArticleIds.of(SHA, 3), ArticleIds.of(SHA, 4));
    }

    @Test
    void refusesSomethingThatIsNotAHash() {
        assertThrows(IllegalArgumentException.class, () -> ArticleIds.of("abc", 0));
        assertThrows(IllegalArgumentException.class, () -> ArticleIds.of(null, 0));
    }
}
