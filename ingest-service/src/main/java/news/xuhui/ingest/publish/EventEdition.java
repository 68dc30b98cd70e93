package news.xuhui.ingest.publish;

import news.xuhui.parser.Edition;

/** {@code edition} of the events (schema {@code $defs/edition}): masthead data, every field nullable. */
public record EventEdition(String paper, String date, String weekday, String lunarDate, Integer issueNumber,
        Integer totalIssueNumber, Integer pageCount, Integer page) {

    static EventEdition of(Edition e) {
        return e == null ? null : new EventEdition(e.paper(), e.date(), e.weekday(), e.lunarDate(), e.issueNumber(),
                e.totalIssueNumber(), e.pageCount(), e.page());
    }
}
