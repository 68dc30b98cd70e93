package news.xuhui.query.rest;

public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String id) {
        super("no article with id '" + id + "'");
    }
}
