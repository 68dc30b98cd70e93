package news.xuhui.query.rest;

/** Something the path names does not exist; becomes a 404 problem of type {@link #type()}. */
public abstract class NotFoundProblem extends RuntimeException {

    protected NotFoundProblem(String message) {
        super(message);
    }

    /** The problem type code, e.g. {@code article-not-found}. */
    public abstract String type();
}
