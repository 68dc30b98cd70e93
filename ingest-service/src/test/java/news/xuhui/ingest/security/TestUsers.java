package news.xuhui.ingest.security;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** The users application.properties gives the %test profile. */
public final class TestUsers {

    public static final String WRITER = "ingest";
    public static final String WRITER_PASSWORD = "ingest-test";
    public static final String READER = "reader";
    public static final String READER_PASSWORD = "reader-test";

    private TestUsers() {
    }

    /** A request logged in as the user with role ingest, as every write needs. */
    public static RequestSpecification asWriter() {
        return given().auth().preemptive().basic(WRITER, WRITER_PASSWORD);
    }

    /** A request logged in as a user without role ingest. */
    public static RequestSpecification asReader() {
        return given().auth().preemptive().basic(READER, READER_PASSWORD);
    }
}
