package news.xuhui.query.rest;

import java.time.LocalDate;

public class EditionNotFoundException extends NotFoundProblem {

    public EditionNotFoundException(LocalDate date) {
        super("no edition dated " + date);
    }

    @Override
    public String type() {
        return "edition-not-found";
    }
}
