package news.xuhui.query.rest;

public class PersonNotFoundException extends NotFoundProblem {

    public PersonNotFoundException(String name) {
        super("no article names '" + name + "'");
    }

    @Override
    public String type() {
        return "person-not-found";
    }
}
