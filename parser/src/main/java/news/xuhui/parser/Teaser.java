package news.xuhui.parser;

/**
 * A pointer to an article printed on other pages, such as a front-page 导读 line ending in (详见第 8-9 版).
 *
 * @param title    the teaser's headline
 * @param seePages the pages as printed, e.g. {@code "8-9"} or {@code "3"}
 */
public record Teaser(String title, String seePages) {
}
