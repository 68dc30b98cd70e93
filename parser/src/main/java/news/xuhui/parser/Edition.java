package news.xuhui.parser;

/**
 * Masthead data of a page. Every field is nullable: pages print only part of it.
 *
 * @param paper            paper name as printed, normalised (徐汇报)
 * @param date             ISO-8601 date of the edition (2024-01-01)
 * @param weekday          weekday as printed (星期一)
 * @param lunarDate        lunar date as printed (癸卯年十一月二十)
 * @param issueNumber      issue number of the year (第 1 期)
 * @param totalIssueNumber running issue number ((总第 1759 期))
 * @param pageCount        number of pages of the edition (本期 16 版)
 * @param page             this page's number
 */
public record Edition(String paper, String date, String weekday, String lunarDate, Integer issueNumber,
        Integer totalIssueNumber, Integer pageCount, Integer page) {
}
