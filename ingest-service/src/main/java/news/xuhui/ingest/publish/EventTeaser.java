package news.xuhui.ingest.publish;

import java.util.List;

import news.xuhui.parser.Teaser;

/** A teaser of a page event: a front-page pointer to an article printed on other pages. */
public record EventTeaser(String title, String seePages) {

    static List<EventTeaser> of(List<Teaser> teasers) {
        return teasers == null ? List.of() : teasers.stream().map(t -> new EventTeaser(t.title(), t.seePages())).toList();
    }
}
