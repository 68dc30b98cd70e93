package news.xuhui.parser;

import java.util.List;

/**
 * One article recovered from a page.
 *
 * @param kicker            引题 above the title, or {@code null}
 * @param title             the title, or {@code null} for a continuation without a headline
 * @param subtitle          副题 under the title, or {@code null}
 * @param authors           names from the byline (names only, no 记者/通讯员)
 * @param source            the source line, e.g. 区委办 from (来源：区委办)
 * @param continuedFromPage page this article continues from ((上接第1版)), or {@code null}
 * @param continuedToPage   page this article continues on ((下转第 2 版)), or {@code null}
 * @param paragraphs        clean body paragraphs before any section
 * @param sections          speaker sections or sub-headed sections, in order
 * @param people            persons the article mentions, for the people index
 */
public record Article(String kicker, String title, String subtitle, List<String> authors, String source,
        Integer continuedFromPage, Integer continuedToPage, List<String> paragraphs, List<Section> sections,
        List<String> people) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        sections = sections == null ? List.of() : List.copyOf(sections);
        people = people == null ? List.of() : List.copyOf(people);
    }
}
