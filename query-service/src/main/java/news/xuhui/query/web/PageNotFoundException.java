package news.xuhui.query.web;

import java.time.LocalDate;

import news.xuhui.query.rest.NotFoundProblem;

/** The edition exists (or not) but holds no such page. */
public class PageNotFoundException extends NotFoundProblem {

    public PageNotFoundException(LocalDate date, int page) {
        super("no page " + page + " in the edition dated " + date);
    }

    @Override
    public String type() {
        return "page-not-found";
    }
}
