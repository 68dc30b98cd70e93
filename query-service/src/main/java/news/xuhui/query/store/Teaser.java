package news.xuhui.query.store;

/** A pointer printed on a page to an article elsewhere, e.g. a front-page 导读 line (详见第 8-9 版). */
public record Teaser(String title, String seePages) {
}
