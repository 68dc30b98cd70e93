package news.xuhui.query.rest;

public class ArticleNotFoundException extends NotFoundProblem {

    public ArticleNotFoundException(String id) {
        super("no article with id '" + id + "'");
    }

    @Override
    public String type() {
        return "article-not-found";
    }
}
