package news.xuhui.query.rest;

/** A request parameter that cannot be used as given; becomes a 400 problem naming the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super("parameter '" + parameter + "' " + detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
